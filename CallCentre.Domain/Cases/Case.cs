using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Ratings;
using CallCentre.Domain.Workflow;

namespace CallCentre.Domain.Cases;

/// <summary>
/// A citizen's contact turned into a case with an owner and a timeline. Its status changes only through its own
/// methods, each checked against <see cref="CaseTransitions"/>, and each appends a <see cref="CaseEvent"/>.
/// </summary>
public sealed class Case
{
    public const int ReferenceMaxLength = 11;

    private readonly List<CaseEvent> _events = [];
    private readonly List<CaseWord> _searchWords = [];

    private Case()
    {
    }

    public int Id { get; private set; }

    /// <summary>The canonical reference number, <c>YY-NNNNNN-C</c>.</summary>
    public string Reference { get; private set; } = "";

    public Channel Channel { get; private set; }

    public CaseType Type { get; private set; }

    public int TopicId { get; private set; }

    public string Subject { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>The aimag or the capital.</summary>
    public int? RegionId { get; private set; }

    /// <summary>The soum or capital district.</summary>
    public int? DistrictId { get; private set; }

    public string? Address { get; private set; }

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public Caller Caller { get; private set; } = null!;

    public Priority Priority { get; private set; }

    public CaseStatus Status { get; private set; }

    public int? AssignedOrganisationId { get; private set; }

    public string? AssignedOfficerId { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public string RegisteredById { get; private set; } = "";

    public DateTime? AssignedAtUtc { get; private set; }

    /// <summary>When the assigned organisation must have responded by; set at assignment by the SLA policy (statutory: 30 calendar days).</summary>
    public DateTime? RespondByUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>The answer given on the call when an enquiry was closed at first contact.</summary>
    public string? FirstContactAnswer { get; private set; }

    /// <summary>The earlier case this one follows up, if the operator linked it.</summary>
    public int? FollowUpOfCaseId { get; private set; }

    /// <summary>When the organisation first took the case up (cleared when it is re-routed to another).</summary>
    public DateTime? AcknowledgedAtUtc { get; private set; }

    public DateTime? RespondedAtUtc { get; private set; }

    /// <summary>The organisation's public answer to the citizen.</summary>
    public string? ResponseText { get; private set; }

    public Resolution? Resolution { get; private set; }

    /// <summary>Why the organisation returned the case as not theirs; kept while it waits to be re-routed.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>How many times a citizen's dispute reopened the case.</summary>
    public int ReopenCount { get; private set; }

    /// <summary>The primary case this one duplicates.</summary>
    public int? DuplicateOfCaseId { get; private set; }

    public ExtensionState ExtensionState { get; private set; }

    public DateTime? ExtensionRequestedAtUtc { get; private set; }

    public DateTime? ExtensionRequestedUntilUtc { get; private set; }

    public string? ExtensionReason { get; private set; }

    /// <summary>The SLA policy version the deadlines were set by (null: the built-in statutory default).</summary>
    public int? SlaPolicyId { get; private set; }

    /// <summary>When the organisation must have acknowledged the assignment by; set at assignment.</summary>
    public DateTime? AcknowledgeByUtc { get; private set; }

    /// <summary>Set while the clock is paused (the case awaits the citizen); <see cref="RespondByUtc"/> is then moved on resume.</summary>
    public DateTime? ClockPausedAtUtc { get; private set; }

    /// <summary>
    /// Counts the times the respond-by deadline was set anew (assignment, re-route, approved extension, reopening; not a
    /// pause): reminders and escalations are sent once per case, kind, level and round.
    /// </summary>
    public int DeadlineRound { get; private set; }

    /// <summary>Changes with every save, so that two people acting at once cannot overwrite each other unseen.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    public IReadOnlyList<CaseEvent> Events => _events;

    /// <summary>The keys word search finds the case by, taken from its subject and description.</summary>
    public IReadOnlyList<CaseWord> SearchWords => _searchWords;

    public PublicStatus PublicStatus => PublicStatuses.Of(Status);

    /// <summary>Registers a contact; the first timeline event records who, when and by which channel.</summary>
    public static Case Register(ReferenceNumber reference, CaseDetails details, Actor actor, DateTime nowUtc)
    {
        if (!actor.IsInAny(CaseTransitions.RegisterRoles))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        Ensure(CaseRules.Subject(details.Subject));
        Ensure(CaseRules.Description(details.Description));
        Ensure(CaseRules.Address(details.Address));
        Ensure(CaseRules.Coordinates(details.Latitude, details.Longitude));
        if (details.DistrictId is not null && details.RegionId is null)
        {
            throw new DomainException("Case.DistrictWithoutRegion");
        }

        var @case = new Case
        {
            Reference = reference.ToString(),
            Channel = details.Channel,
            Type = details.Type,
            TopicId = details.TopicId,
            Subject = details.Subject.Trim(),
            Description = details.Description.Trim(),
            RegionId = details.RegionId,
            DistrictId = details.DistrictId,
            Address = string.IsNullOrWhiteSpace(details.Address) ? null : details.Address.Trim(),
            Latitude = details.Latitude,
            Longitude = details.Longitude,
            Caller = details.Caller,
            Priority = details.Priority,
            Status = CaseStatus.Registered,
            RegisteredAtUtc = nowUtc,
            RegisteredById = actor.UserId,
            FollowUpOfCaseId = details.FollowUpOfCaseId,
            ConcurrencyStamp = Guid.NewGuid(),
        };
        @case._searchWords.AddRange(SearchKeys.ForText(@case.Subject, @case.Description).Select(key => new CaseWord(key)));
        @case._events.Add(new CaseEvent(CaseEventKind.Registered, nowUtc, actor.UserId, actor.DisplayName, null, CaseStatus.Registered, details.Channel.ToString(), isPublic: true));
        if (details.FollowUpOfCaseId is not null)
        {
            @case._events.Add(new CaseEvent(CaseEventKind.LinkedAsFollowUp, nowUtc, actor.UserId, actor.DisplayName, null, null, null, isPublic: false));
        }

        return @case;
    }

    /// <summary>
    /// Routes the case to an organisation and starts its clock by <paramref name="clock"/>; an operator's override of the
    /// proposed one needs a reason, kept internal.
    /// </summary>
    public void Assign(int organisationId, CaseClock clock, Actor actor, DateTime nowUtc, string? overrideReason = null)
    {
        var transition = CaseTransitions.Check(CaseAction.Assign, Status, actor);
        if (overrideReason is not null)
        {
            Ensure(CaseRules.OverrideReason(overrideReason));
        }

        var from = Status;
        Status = transition.Leads(from);
        AssignedOrganisationId = organisationId;
        AssignedAtUtc = nowUtc;
        Touch();
        _events.Add(new CaseEvent(CaseEventKind.Assigned, nowUtc, actor.UserId, actor.DisplayName, from, Status, overrideReason?.Trim(), isPublic: true, organisationId));
        SetDeadlines(clock.Start(Type, TopicId, Priority, nowUtc), actor, nowUtc);
    }

    /// <summary>Closes an enquiry the operator answered on the call, recording the answer given.</summary>
    public void CloseAtFirstContact(string answer, Actor actor, DateTime nowUtc)
    {
        var transition = CaseTransitions.Check(CaseAction.CloseAtFirstContact, Status, actor);
        Ensure(CaseRules.FirstContactAnswer(Type, answer));
        var from = Status;
        Status = transition.Leads(from);
        FirstContactAnswer = answer.Trim();
        ClosedAtUtc = nowUtc;
        Touch();
        _events.Add(new CaseEvent(CaseEventKind.ClosedAtFirstContact, nowUtc, actor.UserId, actor.DisplayName, from, Status, FirstContactAnswer, isPublic: true));
    }

    /// <summary>Records on the timeline that a file was attached (internal: files are for staff).</summary>
    public void RecordAttachment(string fileName, Actor actor, DateTime nowUtc)
    {
        if (!actor.IsInAny([Roles.Operator, Roles.Supervisor, Roles.AgencyOfficer, Roles.AgencyHead]))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        if (actor.IsAgencyStaff && actor.OrganisationId != AssignedOrganisationId)
        {
            throw new DomainException("Case.NotYourOrganisation");
        }

        _events.Add(new CaseEvent(CaseEventKind.AttachmentAdded, nowUtc, actor.UserId, actor.DisplayName, null, null, fileName, isPublic: false));
    }

    /// <summary>The organisation takes the case up.</summary>
    public void Acknowledge(Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Acknowledge, actor, visibility);
        AcknowledgedAtUtc = nowUtc;
        Move(transition, CaseEventKind.Acknowledged, actor, nowUtc, null, isPublic: true);
    }

    /// <summary>
    /// Asks the citizen for information; the case waits for them. Question and answer stay internal: they are an
    /// exchange with one person, not part of the public record.
    /// </summary>
    public void AskCitizen(string question, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.AskCitizen, actor, visibility);
        Ensure(AskCitizenMove.Rules(question));
        Move(transition, CaseEventKind.AskedCitizen, actor, nowUtc, question.Trim(), isPublic: false);
        ClockPausedAtUtc = nowUtc;
        AddEvent(CaseEventKind.ClockPaused, actor, nowUtc, null, isPublic: false);
    }

    /// <summary>
    /// Writes down the citizen's answer; the case is back with the organisation and its clock runs again with the time
    /// that was left (<see cref="CaseClock.Resume"/>).
    /// </summary>
    public void RecordCitizenAnswer(string answer, CaseClock clock, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.RecordCitizenAnswer, actor, visibility);
        Ensure(RecordCitizenAnswerMove.Rules(answer));
        Move(transition, CaseEventKind.CitizenAnswered, actor, nowUtc, answer.Trim(), isPublic: false);
        if (ClockPausedAtUtc is { } pausedAt && RespondByUtc is { } respondBy)
        {
            RespondByUtc = clock.Resume(SlaPolicyId, respondBy, pausedAt, nowUtc);
        }

        ClockPausedAtUtc = null;
        AddEvent(CaseEventKind.ClockResumed, actor, nowUtc, Instant(RespondByUtc), isPublic: false);
    }

    /// <summary>Gives the citizen the organisation's public answer and how the matter ended.</summary>
    public void Respond(string text, Resolution? resolution, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Respond, actor, visibility);
        Ensure(RespondMove.Rules(text, resolution));
        ResponseText = text.Trim();
        Resolution = resolution;
        RespondedAtUtc = nowUtc;
        Move(transition, CaseEventKind.Responded, actor, nowUtc, ResponseText, isPublic: true);
    }

    /// <summary>The organisation sends the case back as not theirs; it waits in the supervisors' re-routing queue.</summary>
    public void Return(string reason, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Return, actor, visibility);
        Ensure(ReturnMove.Rules(reason));
        ReturnReason = reason.Trim();
        AssignedOfficerId = null;
        Move(transition, CaseEventKind.Returned, actor, nowUtc, ReturnReason, isPublic: false, AssignedOrganisationId);
    }

    /// <summary>A supervisor sends the case to another organisation, which gets fresh deadlines from now.</summary>
    public void Reroute(int organisationId, CaseClock clock, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Reroute, actor, visibility);
        if (organisationId == AssignedOrganisationId)
        {
            throw new DomainException("Case.RerouteToSameOrganisation");
        }

        AssignedOrganisationId = organisationId;
        AssignedOfficerId = null;
        AssignedAtUtc = nowUtc;
        AcknowledgedAtUtc = null;
        ReturnReason = null;
        if (ExtensionState == ExtensionState.Requested)
        {
            // The request was the previous organisation's; the new one asks its own head if it needs more time.
            ExtensionState = ExtensionState.None;
            ExtensionRequestedAtUtc = null;
            ExtensionRequestedUntilUtc = null;
            ExtensionReason = null;
        }

        Move(transition, CaseEventKind.Rerouted, actor, nowUtc, null, isPublic: true, organisationId);
        SetDeadlines(clock.Start(Type, TopicId, Priority, nowUtc), actor, nowUtc);
    }

    /// <summary>The organisation's head gives the case to one of its officers (the use case checks that they belong there).</summary>
    public void AssignOfficer(string officerId, string officerName, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.AssignOfficer, actor, visibility);
        if (string.IsNullOrWhiteSpace(officerId))
        {
            throw new DomainException("Case.OfficerRequired");
        }

        AssignedOfficerId = officerId;
        Move(transition, CaseEventKind.OfficerAssigned, actor, nowUtc, officerName, isPublic: false);
    }

    /// <summary>Asks the organisation's head for more time: once per case, at most 30 days past the current deadline.</summary>
    public void RequestExtension(DateTime untilUtc, string reason, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.RequestExtension, actor, visibility);
        if (ExtensionState != ExtensionState.None)
        {
            throw new DomainException("Case.ExtensionOnlyOnce");
        }

        Ensure(CaseRules.ExtensionUntil(RespondByUtc, untilUtc));
        Ensure(RequestExtensionMove.Rules(untilUtc, reason));
        ExtensionState = ExtensionState.Requested;
        ExtensionRequestedAtUtc = nowUtc;
        ExtensionRequestedUntilUtc = untilUtc;
        ExtensionReason = reason.Trim();
        Move(transition, CaseEventKind.ExtensionRequested, actor, nowUtc, ExtensionReason, isPublic: false);
    }

    /// <summary>
    /// The head grants the requested extension: the deadline moves (a new round of reminders), and the citizen is told
    /// (public events). A paused clock stays paused: the approved date is counted like the deadline it extends.
    /// </summary>
    public void ApproveExtension(Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.ApproveExtension, actor, visibility);
        if (ExtensionState != ExtensionState.Requested)
        {
            throw new DomainException("Case.NoExtensionRequested");
        }

        Ensure(CaseRules.ExtensionUntil(RespondByUtc, ExtensionRequestedUntilUtc));
        ExtensionState = ExtensionState.Approved;
        RespondByUtc = ExtensionRequestedUntilUtc;
        DeadlineRound++;
        Move(transition, CaseEventKind.ExtensionApproved, actor, nowUtc, ExtensionReason, isPublic: true);
        AddEvent(CaseEventKind.DeadlineExtended, actor, nowUtc, Instant(RespondByUtc), isPublic: true);
    }

    /// <summary>The head refuses the requested extension; the deadline stays and no other may be asked for.</summary>
    public void RefuseExtension(string? remark, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.RefuseExtension, actor, visibility);
        if (ExtensionState != ExtensionState.Requested)
        {
            throw new DomainException("Case.NoExtensionRequested");
        }

        Ensure(RefuseExtensionMove.Rules(remark));
        ExtensionState = ExtensionState.Refused;
        Move(transition, CaseEventKind.ExtensionRefused, actor, nowUtc, Trimmed(remark), isPublic: false);
    }

    /// <summary>
    /// The citizen disputes the answer: the case goes back to the organisation, which must answer the dispute by a new
    /// respond-by deadline from now (the acknowledgement stands: the organisation already has the case).
    /// </summary>
    public void Reopen(string reason, CaseClock clock, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Reopen, actor, visibility);
        if (AssignedOrganisationId is null)
        {
            throw new DomainException("Case.ReopenWithoutOrganisation");
        }

        Ensure(ReopenMove.Rules(reason));
        ReopenCount++;
        Resolution = null;
        ClosedAtUtc = null;
        DuplicateOfCaseId = null;
        Move(transition, CaseEventKind.Reopened, actor, nowUtc, reason.Trim(), isPublic: true);
        var deadlines = clock.Start(Type, TopicId, Priority, nowUtc);
        SetDeadlines(deadlines with { AcknowledgeByUtc = AcknowledgeByUtc ?? deadlines.AcknowledgeByUtc }, actor, nowUtc);
    }

    /// <summary>Closes a responded case: the citizen confirmed the answer, or a supervisor decided.</summary>
    public void Close(string? remark, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Close, actor, visibility);
        Ensure(CloseMove.Rules(remark));
        ClosedAtUtc = nowUtc;
        Move(transition, CaseEventKind.Closed, actor, nowUtc, Trimmed(remark), isPublic: true);
    }

    /// <summary>Closes the case as a duplicate, linked to its primary case (the use case checks that one exists and is visible).</summary>
    public void MarkDuplicate(int primaryCaseId, string primaryReference, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.MarkDuplicate, actor, visibility);
        if (primaryCaseId == Id)
        {
            throw new DomainException("Case.DuplicateOfItself");
        }

        DuplicateOfCaseId = primaryCaseId;
        Resolution = Cases.Resolution.Duplicate;
        ClosedAtUtc = nowUtc;
        ClockPausedAtUtc = null;
        Move(transition, CaseEventKind.MarkedDuplicate, actor, nowUtc, primaryReference, isPublic: true);
    }

    /// <summary>The citizen withdrew the case.</summary>
    public void Withdraw(string reason, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Withdraw, actor, visibility);
        Ensure(WithdrawMove.Rules(reason));
        Resolution = Cases.Resolution.Withdrawn;
        ClosedAtUtc = nowUtc;
        ClockPausedAtUtc = null;
        Move(transition, CaseEventKind.Withdrawn, actor, nowUtc, reason.Trim(), isPublic: true);
    }

    /// <summary>An internal note for staff; the status stays.</summary>
    public void AddNote(string text, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.AddNote, actor, visibility);
        Ensure(AddNoteMove.Rules(text));
        Move(transition, CaseEventKind.NoteAdded, actor, nowUtc, text.Trim(), isPublic: false);
    }

    /// <summary>
    /// Records the citizen's rating of the response whose timeline event is <paramref name="responseEventId"/> (the use
    /// case finds the latest response and checks that it is not rated yet). The rating belongs to the organisation the
    /// case is assigned to: a responded or closed case cannot be re-routed, so that is the one that responded. Internal
    /// on the timeline: the citizen's words may name people.
    /// </summary>
    public CaseRating Rate(long responseEventId, int? score, ProblemSolved? solved, string? comment, RatingSource source, Actor actor, CaseVisibility visibility, DateTime nowUtc)
    {
        var transition = Begin(CaseAction.Rate, actor, visibility);
        if (AssignedOrganisationId is not { } organisationId)
        {
            throw new DomainException("Case.NothingToRate");
        }

        Ensure(RateMove.Rules(score, solved, comment));
        var words = Trimmed(comment);
        var rating = new CaseRating(Id, responseEventId, organisationId, score!.Value, solved!.Value, words, source, actor.UserId, actor.DisplayName, nowUtc);
        Move(transition, CaseEventKind.Rated, actor, nowUtc, CaseRating.EventText(rating.Score, rating.Solved, words), isPublic: false, organisationId);
        return rating;
    }

    /// <summary>Whether the actor may take this move now: role, organisation and status (the field rules aside).</summary>
    public bool Allows(CaseAction action, Actor actor, CaseVisibility visibility) =>
        CaseTransitions.IsAllowed(action, Status, actor) && ActsForOrganisation(actor, visibility)
        && action switch
        {
            CaseAction.RequestExtension => ExtensionState == ExtensionState.None,
            CaseAction.ApproveExtension or CaseAction.RefuseExtension => ExtensionState == ExtensionState.Requested,
            CaseAction.Reopen or CaseAction.Rate => AssignedOrganisationId is not null,
            _ => true,
        };

    /// <summary>Role first, then organisation (so another organisation learns nothing of the status), then status.</summary>
    private CaseTransition Begin(CaseAction action, Actor actor, CaseVisibility visibility)
    {
        if (!actor.IsInAny(CaseTransitions.For(action).Roles))
        {
            throw new DomainException("Case.NotAllowedForRole");
        }

        if (!ActsForOrganisation(actor, visibility))
        {
            throw new DomainException("Case.NotYourOrganisation");
        }

        return CaseTransitions.Check(action, Status, actor);
    }

    /// <summary>Agency staff act only on cases assigned to their organisation or its units.</summary>
    private bool ActsForOrganisation(Actor actor, CaseVisibility visibility) =>
        !actor.IsAgencyStaff || (AssignedOrganisationId is { } organisationId && visibility.Covers(organisationId));

    private void Move(CaseTransition transition, CaseEventKind kind, Actor actor, DateTime nowUtc, string? text, bool isPublic, int? organisationId = null)
    {
        var from = Status;
        Status = transition.Leads(from);
        Touch();
        _events.Add(new CaseEvent(kind, nowUtc, actor.UserId, actor.DisplayName, transition.To is null ? null : from, transition.To is null ? null : Status, text, isPublic, organisationId));
    }

    /// <summary>Deadlines set anew: a new round of reminders and escalations, and a public event with the respond-by date.</summary>
    private void SetDeadlines(CaseDeadlines deadlines, Actor actor, DateTime nowUtc)
    {
        SlaPolicyId = deadlines.SlaPolicyId;
        AcknowledgeByUtc = deadlines.AcknowledgeByUtc;
        RespondByUtc = deadlines.RespondByUtc;
        ClockPausedAtUtc = null;
        DeadlineRound++;
        AddEvent(CaseEventKind.DeadlineSet, actor, nowUtc, Instant(RespondByUtc), isPublic: true);
    }

    /// <summary>A timeline entry that is not a status move (the clock's), after the move that caused it.</summary>
    private void AddEvent(CaseEventKind kind, Actor actor, DateTime nowUtc, string? text, bool isPublic) =>
        _events.Add(new CaseEvent(kind, nowUtc, actor.UserId, actor.DisplayName, null, null, text, isPublic));

    /// <summary>A deadline as event text: the UTC instant, round-trip; the timeline shows it in the reader's time and culture.</summary>
    private static string? Instant(DateTime? utc) => utc?.ToString("O", CultureInfo.InvariantCulture);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();

    private static void Ensure(IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new DomainException(errors.Values.First());
        }
    }

    private static void Ensure(string? errorKey)
    {
        if (errorKey is not null)
        {
            throw new DomainException(errorKey);
        }
    }
}
