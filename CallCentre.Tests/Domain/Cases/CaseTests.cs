using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Cases;

public sealed class CaseTests
{
    private static readonly Actor _operator = new("op", "Оператор", new HashSet<string> { Roles.Operator }, 1);
    private static readonly DateTime _now = new(2026, 3, 2, 4, 0, 0, DateTimeKind.Utc);

    private static Case NewCase(CaseType type = CaseType.Complaint) =>
        Case.Register(
            ReferenceNumber.Create(2026, 1),
            new CaseDetails(Channel.Phone, type, 1, "Ус тасарсан", "Гурав хоног ус алга", 1, null, null, null, null,
                new Caller("Бат", PhoneNumber.Parse("99112233"), null, null, "mn", false, false, true, false), Priority.Normal, null),
            _operator,
            _now);

    [Fact]
    public void Register_RecordsWhoWhenAndChannelAsThePublicFirstEvent()
    {
        var @case = NewCase();

        var first = Assert.Single(@case.Events);
        Assert.Equal(CaseEventKind.Registered, first.Kind);
        Assert.Equal("op", first.ActorId);
        Assert.Equal(_now, first.AtUtc);
        Assert.Equal(nameof(Channel.Phone), first.Text);
        Assert.True(first.IsPublic);
        Assert.Equal(CaseStatus.Registered, @case.Status);
    }

    [Fact]
    public void Register_ByAgencyOfficer_Throws()
    {
        var officer = new Actor("o", "Officer", new HashSet<string> { Roles.AgencyOfficer }, 5);

        var error = Assert.Throws<DomainException>(() => Case.Register(
            ReferenceNumber.Create(2026, 1),
            new CaseDetails(Channel.Phone, CaseType.Complaint, 1, "s", "d", null, null, null, null, null,
                new Caller(null, null, null, null, "mn", true, false, false, false), Priority.Normal, null),
            officer,
            _now));
        Assert.Equal("Case.NotAllowedForRole", error.MessageKey);
    }

    [Fact]
    public void Assign_MovesToAssignedAndRecordsTheOverrideReason()
    {
        var @case = NewCase();
        var stamp = @case.ConcurrencyStamp;

        @case.Assign(7, CaseBuilder.Clock, _operator, _now, "Дүүргийн асуудал");

        Assert.Equal(CaseStatus.Assigned, @case.Status);
        Assert.Equal(7, @case.AssignedOrganisationId);
        Assert.Equal(_now.AddDays(30), @case.RespondByUtc);
        Assert.NotEqual(stamp, @case.ConcurrencyStamp);
        Assert.Equal(1, @case.DeadlineRound);
        var assigned = @case.Events[^2];
        Assert.Equal((CaseStatus.Registered, CaseStatus.Assigned), (assigned.FromStatus, assigned.ToStatus));
        Assert.Equal("Дүүргийн асуудал", assigned.Text);
        Assert.Equal(CaseEventKind.DeadlineSet, @case.Events[^1].Kind);
    }

    [Fact]
    public void Assign_WhenClosed_ThrowsAndChangesNothing()
    {
        var @case = NewCase(CaseType.Enquiry);
        @case.CloseAtFirstContact("Хариуллаа", _operator, _now);
        var events = @case.Events.Count;

        Assert.Throws<DomainException>(() => @case.Assign(7, CaseBuilder.Clock, _operator, _now));
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Null(@case.AssignedOrganisationId);
        Assert.Null(@case.RespondByUtc);
        Assert.Equal(events, @case.Events.Count);
    }

    [Fact]
    public void CloseAtFirstContact_OfAComplaint_Throws()
    {
        var @case = NewCase(CaseType.Complaint);

        var error = Assert.Throws<DomainException>(() => @case.CloseAtFirstContact("answer", _operator, _now));
        Assert.Equal("Case.OnlyEnquiriesCloseAtFirstContact", error.MessageKey);
        Assert.Equal(CaseStatus.Registered, @case.Status);
    }
}
