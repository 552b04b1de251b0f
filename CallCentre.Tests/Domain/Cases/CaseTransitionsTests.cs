using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;

namespace CallCentre.Tests.Domain.Cases;

public sealed class CaseTransitionsTests
{
    public static TheoryData<CaseAction, CaseStatus, string> EveryMove()
    {
        var data = new TheoryData<CaseAction, CaseStatus, string>();
        foreach (var action in Enum.GetValues<CaseAction>().Where(a => a != CaseAction.Register))
        {
            foreach (var status in Enum.GetValues<CaseStatus>())
            {
                foreach (var role in Roles.All)
                {
                    data.Add(action, status, role);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Check_AllowsExactlyTheMovesInTheTable(CaseAction action, CaseStatus from, string role)
    {
        var actor = new Actor("u", "User", new HashSet<string> { role }, null);
        var row = CaseTransitions.All.Single(t => t.Action == action);
        var expected = row.From.Contains(from) && row.Roles.Contains(role);

        if (expected)
        {
            Assert.Equal(row.To, CaseTransitions.Check(action, from, actor).To);
        }
        else
        {
            var error = Assert.Throws<DomainException>(() => CaseTransitions.Check(action, from, actor));
            Assert.Equal(row.Roles.Contains(role) ? "Case.NotAllowedInStatus" : "Case.NotAllowedForRole", error.MessageKey);
        }

        Assert.Equal(expected, CaseTransitions.IsAllowed(action, from, actor));
    }

    [Fact]
    public void Table_HasOneRowPerActionBesidesRegistration() =>
        Assert.Equal(Enum.GetValues<CaseAction>().Length - 1, CaseTransitions.All.Select(t => t.Action).Distinct().Count());

    [Theory]
    [InlineData(CaseStatus.Registered, PublicStatus.New)]
    [InlineData(CaseStatus.Assigned, PublicStatus.New)]
    [InlineData(CaseStatus.Returned, PublicStatus.New)]
    [InlineData(CaseStatus.InProgress, PublicStatus.UnderConsideration)]
    [InlineData(CaseStatus.AwaitingCitizen, PublicStatus.UnderConsideration)]
    [InlineData(CaseStatus.Responded, PublicStatus.Responded)]
    [InlineData(CaseStatus.Closed, PublicStatus.Responded)]
    public void PublicStatus_FoldsStatusesIntoThree(CaseStatus status, PublicStatus expected) =>
        Assert.Equal(expected, PublicStatuses.Of(status));
}
