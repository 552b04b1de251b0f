namespace CallCentre.Domain.Cases;

/// <summary>One entry of a case's timeline: who did what, when, from which status to which, and whether the public may read it.</summary>
public sealed class CaseEvent
{
    public const int TextMaxLength = 4000;

    private CaseEvent()
    {
    }

    internal CaseEvent(CaseEventKind kind, DateTime atUtc, string actorId, string actorName, CaseStatus? from, CaseStatus? to, string? text, bool isPublic, int? organisationId = null)
    {
        Kind = kind;
        AtUtc = atUtc;
        ActorId = actorId;
        ActorName = actorName;
        FromStatus = from;
        ToStatus = to;
        Text = text;
        IsPublic = isPublic;
        OrganisationId = organisationId;
    }

    public long Id { get; private set; }

    public int CaseId { get; private set; }

    public CaseEventKind Kind { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorId { get; private set; } = "";

    /// <summary>The actor's name as it was then, so the timeline reads right even after the account is renamed.</summary>
    public string ActorName { get; private set; } = "";

    public CaseStatus? FromStatus { get; private set; }

    public CaseStatus? ToStatus { get; private set; }

    public string? Text { get; private set; }

    public bool IsPublic { get; private set; }

    /// <summary>The organisation the event concerns (e.g. the one assigned).</summary>
    public int? OrganisationId { get; private set; }
}
