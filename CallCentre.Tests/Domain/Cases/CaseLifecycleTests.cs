using CallCentre.Domain;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Ratings;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Cases;

/// <summary>Walks every (action × status × role) against the table, through the case's own methods.</summary>
public sealed class CaseLifecycleTests
{
    private static readonly DateTime _now = CaseBuilder.Now.AddDays(1);

    private static readonly Dictionary<CaseAction, Action<Case, Actor, CaseVisibility>> _moves = new()
    {
        [CaseAction.Assign] = (c, a, v) => c.Assign(CaseBuilder.OtherOrganisation, CaseBuilder.Clock, a, _now),
        [CaseAction.CloseAtFirstContact] = (c, a, v) => c.CloseAtFirstContact("Хариуллаа", a, _now),
        [CaseAction.Acknowledge] = (c, a, v) => c.Acknowledge(a, v, _now),
        [CaseAction.AskCitizen] = (c, a, v) => c.AskCitizen("Хаяг?", a, v, _now),
        [CaseAction.RecordCitizenAnswer] = (c, a, v) => c.RecordCitizenAnswer("5-р хороо", CaseBuilder.Clock, a, v, _now),
        [CaseAction.Respond] = (c, a, v) => c.Respond("Засвар хийлээ", Resolution.Resolved, a, v, _now),
        [CaseAction.Return] = (c, a, v) => c.Return("Манайх биш", a, v, _now),
        [CaseAction.Reroute] = (c, a, v) => c.Reroute(CaseBuilder.OtherOrganisation, CaseBuilder.Clock, a, v, _now),
        [CaseAction.AssignOfficer] = (c, a, v) => c.AssignOfficer("off2", "Дорж", a, v, _now),
        [CaseAction.RequestExtension] = (c, a, v) => c.RequestExtension((c.RespondByUtc ?? _now).AddDays(10), "Шинжилгээ", a, v, _now),
        [CaseAction.ApproveExtension] = (c, a, v) => c.ApproveExtension(a, v, _now),
        [CaseAction.RefuseExtension] = (c, a, v) => c.RefuseExtension(null, a, v, _now),
        [CaseAction.Reopen] = (c, a, v) => c.Reopen("Иргэн хариуг эсэргүүцэв", CaseBuilder.Clock, a, v, _now),
        [CaseAction.Close] = (c, a, v) => c.Close(null, a, v, _now),
        [CaseAction.MarkDuplicate] = (c, a, v) => c.MarkDuplicate(999, "26-000999-4", a, v, _now),
        [CaseAction.Withdraw] = (c, a, v) => c.Withdraw("Иргэн татгалзав", a, v, _now),
        [CaseAction.AddNote] = (c, a, v) => c.AddNote("Дотоод", a, v, _now),
        [CaseAction.Rate] = (c, a, v) => c.Rate(1, 4, ProblemSolved.Partly, "Удаан байсан", RatingSource.Callback, a, v, _now),
    };

    private static readonly Dictionary<CaseAction, CaseEventKind> _events = new()
    {
        [CaseAction.Assign] = CaseEventKind.Assigned,
        [CaseAction.CloseAtFirstContact] = CaseEventKind.ClosedAtFirstContact,
        [CaseAction.Acknowledge] = CaseEventKind.Acknowledged,
        [CaseAction.AskCitizen] = CaseEventKind.AskedCitizen,
        [CaseAction.RecordCitizenAnswer] = CaseEventKind.CitizenAnswered,
        [CaseAction.Respond] = CaseEventKind.Responded,
        [CaseAction.Return] = CaseEventKind.Returned,
        [CaseAction.Reroute] = CaseEventKind.Rerouted,
        [CaseAction.AssignOfficer] = CaseEventKind.OfficerAssigned,
        [CaseAction.RequestExtension] = CaseEventKind.ExtensionRequested,
        [CaseAction.ApproveExtension] = CaseEventKind.ExtensionApproved,
        [CaseAction.RefuseExtension] = CaseEventKind.ExtensionRefused,
        [CaseAction.Reopen] = CaseEventKind.Reopened,
        [CaseAction.Close] = CaseEventKind.Closed,
        [CaseAction.MarkDuplicate] = CaseEventKind.MarkedDuplicate,
        [CaseAction.Withdraw] = CaseEventKind.Withdrawn,
        [CaseAction.AddNote] = CaseEventKind.NoteAdded,
        [CaseAction.Rate] = CaseEventKind.Rated,
    };

    /// <summary>The clock's own entry a move adds after its event: deadlines set, paused, resumed or extended.</summary>
    private static readonly Dictionary<CaseAction, CaseEventKind> _clockEvents = new()
    {
        [CaseAction.Assign] = CaseEventKind.DeadlineSet,
        [CaseAction.AskCitizen] = CaseEventKind.ClockPaused,
        [CaseAction.RecordCitizenAnswer] = CaseEventKind.ClockResumed,
        [CaseAction.Reroute] = CaseEventKind.DeadlineSet,
        [CaseAction.ApproveExtension] = CaseEventKind.DeadlineExtended,
        [CaseAction.Reopen] = CaseEventKind.DeadlineSet,
    };

    /// <summary>What the citizen may read: the moves they take part in or are told about.</summary>
    private static readonly HashSet<CaseEventKind> _public =
    [
        CaseEventKind.Assigned, CaseEventKind.ClosedAtFirstContact, CaseEventKind.Acknowledged, CaseEventKind.Responded,
        CaseEventKind.Rerouted, CaseEventKind.ExtensionApproved, CaseEventKind.Reopened, CaseEventKind.Closed,
        CaseEventKind.MarkedDuplicate, CaseEventKind.Withdrawn, CaseEventKind.DeadlineSet, CaseEventKind.DeadlineExtended,
    ];

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

    [Fact]
    public void EveryActionHasAMoveAndAnEvent()
    {
        var actions = Enum.GetValues<CaseAction>().Where(a => a != CaseAction.Register).ToHashSet();
        Assert.Equal(actions, _moves.Keys.ToHashSet());
        Assert.Equal(actions, _events.Keys.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void Move_SucceedsExactlyWhenTheTableAllowsIt(CaseAction action, CaseStatus status, string role)
    {
        var actor = new Actor("u-" + role, "User " + role, new HashSet<string> { role }, Roles.RequiresOrganisation(role) ? CaseBuilder.Organisation : null);
        var visibility = CaseBuilder.VisibilityOf(actor);
        var @case = new CaseBuilder().OfType(CaseType.Enquiry).In(status).Build();
        if (action is CaseAction.ApproveExtension or CaseAction.RefuseExtension && @case.Allows(CaseAction.RequestExtension, CaseBuilder.Officer, CaseBuilder.VisibilityOf(CaseBuilder.Officer)))
        {
            @case.RequestExtension(@case.RespondByUtc!.Value.AddDays(10), "Шинжилгээ", CaseBuilder.Officer, CaseBuilder.VisibilityOf(CaseBuilder.Officer), _now);
        }

        var row = CaseTransitions.For(action);
        var roleAllowed = row.Roles.Contains(role);
        var organisationAllowed = !actor.IsAgencyStaff || @case.AssignedOrganisationId == CaseBuilder.Organisation;
        var expected = roleAllowed && organisationAllowed && row.From.Contains(status);
        var stamp = @case.ConcurrencyStamp;
        var events = @case.Events.Count;

        Assert.Equal(expected, @case.Allows(action, actor, visibility));
        if (expected)
        {
            _moves[action](@case, actor, visibility);

            Assert.Equal(row.To ?? status, @case.Status);
            Assert.NotEqual(stamp, @case.ConcurrencyStamp);
            var clockEvent = _clockEvents.GetValueOrDefault(action);
            Assert.Equal(events + (_clockEvents.ContainsKey(action) ? 2 : 1), @case.Events.Count);
            if (_clockEvents.ContainsKey(action))
            {
                var clock = @case.Events[^1];
                Assert.Equal(clockEvent, clock.Kind);
                Assert.Equal(_public.Contains(clockEvent), clock.IsPublic);
                Assert.Equal((null, null), (clock.FromStatus, clock.ToStatus));
            }

            var added = @case.Events[events];
            Assert.Equal(_events[action], added.Kind);
            Assert.Equal(actor.UserId, added.ActorId);
            Assert.Equal(_now, added.AtUtc);
            Assert.Equal(_public.Contains(added.Kind), added.IsPublic);
            Assert.Equal(row.To is null ? null : status, added.FromStatus);
            Assert.Equal(row.To, added.ToStatus);
        }
        else
        {
            var error = Assert.Throws<DomainException>(() => _moves[action](@case, actor, visibility));

            Assert.Equal(
                !roleAllowed ? "Case.NotAllowedForRole" : !organisationAllowed ? "Case.NotYourOrganisation" : "Case.NotAllowedInStatus",
                error.MessageKey);
            Assert.Equal(status, @case.Status);
            Assert.Equal(stamp, @case.ConcurrencyStamp);
            Assert.Equal(events, @case.Events.Count);
        }
    }

    [Theory]
    [InlineData(CaseAction.Acknowledge, CaseStatus.Assigned)]
    [InlineData(CaseAction.Respond, CaseStatus.InProgress)]
    [InlineData(CaseAction.Return, CaseStatus.Assigned)]
    [InlineData(CaseAction.AddNote, CaseStatus.InProgress)]
    [InlineData(CaseAction.AssignOfficer, CaseStatus.InProgress)]
    public void Move_ByAnotherOrganisationsStaff_ThrowsAndChangesNothing(CaseAction action, CaseStatus status)
    {
        var stranger = new Actor("x", "Stranger", new HashSet<string> { Roles.AgencyHead }, CaseBuilder.OtherOrganisation);
        var @case = new CaseBuilder().In(status).Build();
        var stamp = @case.ConcurrencyStamp;

        var error = Assert.Throws<DomainException>(() => _moves[action](@case, stranger, CaseBuilder.VisibilityOf(stranger)));

        Assert.Equal("Case.NotYourOrganisation", error.MessageKey);
        Assert.Equal((status, stamp), (@case.Status, @case.ConcurrencyStamp));
    }

    [Fact]
    public void Move_ByStaffOfAParentOrganisation_IsAllowedOnItsUnitsCases()
    {
        var parentHead = new Actor("p", "Parent", new HashSet<string> { Roles.AgencyHead }, 1);
        var @case = new CaseBuilder().In(CaseStatus.Assigned).Build();

        @case.Acknowledge(parentHead, CaseVisibility.ForOrganisations(parentHead, [1, CaseBuilder.Organisation]), _now);

        Assert.Equal(CaseStatus.InProgress, @case.Status);
    }
}
