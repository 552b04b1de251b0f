using CallCentre.Domain;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Workflow;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Workflow;

/// <summary>A move's field rules are written once, on the move; the case's own method refuses by the same rules.</summary>
public sealed class CaseMoveRulesTests
{
    [Theory]
    [InlineData("", null, "Text")]
    [InlineData("   ", Resolution.Resolved, "Text")]
    [InlineData("Засвар хийлээ", null, "Resolution")]
    [InlineData("Засвар хийлээ", Resolution.Withdrawn, "Resolution")]
    public void Respond_IsRefusedByRespondMovesRules_AtTheFieldTheyName(string text, Resolution? resolution, string field)
    {
        var @case = new CaseBuilder().In(CaseStatus.InProgress).Build();

        var rules = RespondMove.Rules(text, resolution);
        var error = Assert.Throws<DomainException>(() => @case.Respond(text, resolution, CaseBuilder.Officer, CaseBuilder.VisibilityOf(CaseBuilder.Officer), CaseBuilder.Now));

        Assert.Equal(rules.Values.First(), error.MessageKey);
        Assert.Contains(field, rules.Keys);
        Assert.Equal(rules, new RespondMove { Text = text, Resolution = resolution }.Validate());
        Assert.Equal(CaseStatus.InProgress, @case.Status);
    }

    [Fact]
    public void AValidResponse_PassesTheRules_AndTheCaseTakesIt()
    {
        var @case = new CaseBuilder().In(CaseStatus.InProgress).Build();

        Assert.Empty(RespondMove.Rules("Засвар хийлээ", Resolution.Resolved));
        @case.Respond("Засвар хийлээ", Resolution.Resolved, CaseBuilder.Officer, CaseBuilder.VisibilityOf(CaseBuilder.Officer), CaseBuilder.Now);

        Assert.Equal(CaseStatus.Responded, @case.Status);
    }

    [Fact]
    public void TextMoves_AreRefusedByTheirOwnRules()
    {
        var officer = CaseBuilder.Officer;
        var visibility = CaseBuilder.VisibilityOf(officer);
        var inProgress = new CaseBuilder().In(CaseStatus.InProgress).Build();

        Assert.Equal(AddNoteMove.Rules(" ").Values.Single(), Assert.Throws<DomainException>(() => inProgress.AddNote(" ", officer, visibility, CaseBuilder.Now)).MessageKey);
        Assert.Equal(AskCitizenMove.Rules("").Values.Single(), Assert.Throws<DomainException>(() => inProgress.AskCitizen("", officer, visibility, CaseBuilder.Now)).MessageKey);
        Assert.Equal(ReturnMove.Rules(" ").Values.Single(), Assert.Throws<DomainException>(() => inProgress.Return(" ", officer, visibility, CaseBuilder.Now)).MessageKey);
    }
}
