using CallCentre.Domain.Accounts;

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

    /// <summary>When the assigned organisation must have responded by; set at assignment (statutory 30 calendar days).</summary>
    public DateTime? RespondByUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>The answer given on the call when an enquiry was closed at first contact.</summary>
    public string? FirstContactAnswer { get; private set; }

    /// <summary>The earlier case this one follows up, if the operator linked it.</summary>
    public int? FollowUpOfCaseId { get; private set; }

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

    /// <summary>Routes the case to an organisation; an operator's override of the proposed one needs a reason, kept internal.</summary>
    public void Assign(int organisationId, Actor actor, DateTime nowUtc, string? overrideReason = null)
    {
        var transition = CaseTransitions.Check(CaseAction.Assign, Status, actor);
        if (overrideReason is not null)
        {
            Ensure(CaseRules.OverrideReason(overrideReason));
        }

        var from = Status;
        Status = transition.To;
        AssignedOrganisationId = organisationId;
        AssignedAtUtc = nowUtc;
        RespondByUtc = nowUtc.Add(CaseRules.StatutoryResponsePeriod);
        Touch();
        _events.Add(new CaseEvent(CaseEventKind.Assigned, nowUtc, actor.UserId, actor.DisplayName, from, Status, overrideReason?.Trim(), isPublic: true, organisationId));
    }

    /// <summary>Closes an enquiry the operator answered on the call, recording the answer given.</summary>
    public void CloseAtFirstContact(string answer, Actor actor, DateTime nowUtc)
    {
        var transition = CaseTransitions.Check(CaseAction.CloseAtFirstContact, Status, actor);
        Ensure(CaseRules.FirstContactAnswer(Type, answer));
        var from = Status;
        Status = transition.To;
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

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();

    private static void Ensure(string? errorKey)
    {
        if (errorKey is not null)
        {
            throw new DomainException(errorKey);
        }
    }
}
