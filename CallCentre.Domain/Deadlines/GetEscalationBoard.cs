using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Deadlines;

/// <param name="OrganisationId">The organisation to list the cases of (the drill-down), or none.</param>
public sealed record EscalationBoardInput(int? OrganisationId = null);

/// <summary>One organisation's line: its running cases past respond-by, how many reached escalation levels 1 and 2.</summary>
public sealed record BoardOrganisation(int OrganisationId, string NameMn, string NameEn, int Overdue, int Level1, int Level2, DateTime OldestRespondByUtc);

/// <summary>An overdue case on the board; <see cref="Level"/> is the highest escalation level sent in its current round (0: none yet).</summary>
public sealed record BoardCase(int Id, string Reference, string Subject, int OrganisationId, string OrganisationNameMn, string OrganisationNameEn, DateTime RespondByUtc, int Level);

/// <param name="Organisations">Every organisation with overdue cases, the oldest deadline first.</param>
/// <param name="Cases">The chosen organisation's overdue cases, oldest first (at most <see cref="GetEscalationBoard.ListLimit"/>).</param>
/// <param name="SecretariatCases">For a supervisor of the Cabinet Secretariat: the cases escalated to it (level 2 and up), oldest first.</param>
public sealed record EscalationBoard(
    bool Allowed,
    bool IsCabinetSecretariat,
    IReadOnlyList<BoardOrganisation> Organisations,
    IReadOnlyList<BoardCase> Cases,
    IReadOnlyList<BoardCase> SecretariatCases,
    DateTime NowUtc)
{
    public static EscalationBoard Refused(DateTime nowUtc) => new(false, false, [], [], [], nowUtc);
}

/// <summary>
/// The supervisor board: overdue and escalated cases by organisation, oldest first. Supervisors and administrators only
/// (they see every case); anyone else is refused and learns nothing. Overdue means the clock runs (Assigned or InProgress,
/// not paused) and respond-by has passed; escalated means the escalation of the case's current round was sent.
/// </summary>
public sealed class GetEscalationBoard(IDbContextFactory<CallCentreDbContext> dbFactory, TimeProvider clock)
{
    public const int ListLimit = 200;

    public async Task<EscalationBoard> RunAsync(EscalationBoardInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.ForAsync(db, actor, cancellationToken);
        if (!actor.IsInAny([Roles.Supervisor, Roles.Administrator]) || !visibility.SeesAll)
        {
            return EscalationBoard.Refused(now);
        }

        var overdue = Overdue(db, now);
        var counts = await overdue.GroupBy(c => c.AssignedOrganisationId!.Value)
            .Select(g => new { OrganisationId = g.Key, Overdue = g.Count(), Oldest = g.Min(c => c.RespondByUtc!.Value) })
            .ToListAsync(cancellationToken);
        var levels = await (
                from a in db.DeadlineAlerts
                join c in overdue on a.CaseId equals c.Id
                where a.Kind == NotificationKind.Escalation && a.Round == c.DeadlineRound && a.Level <= 2
                group a by new { OrganisationId = c.AssignedOrganisationId!.Value, a.Level } into g
                select new { g.Key.OrganisationId, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.OrganisationId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.NameMn, o.NameEn }).ToDictionaryAsync(o => o.Id, cancellationToken);
        int Level(int organisationId, int level) => levels.FirstOrDefault(l => l.OrganisationId == organisationId && l.Level == level)?.Count ?? 0;
        var organisations = counts
            .Select(c => new BoardOrganisation(c.OrganisationId, names[c.OrganisationId].NameMn, names[c.OrganisationId].NameEn, c.Overdue, Level(c.OrganisationId, 1), Level(c.OrganisationId, 2), c.Oldest))
            .OrderBy(o => o.OldestRespondByUtc).ThenBy(o => o.OrganisationId)
            .ToList();

        var cases = input.OrganisationId is { } chosen
            ? await ListAsync(db, overdue.Where(c => c.AssignedOrganisationId == chosen), 0, cancellationToken)
            : [];

        var isSecretariat = actor.IsInAny([Roles.Supervisor]) && actor.OrganisationId is { } own
            && await db.Organisations.AnyAsync(o => o.Id == own && o.Code == AlertRecipients.CabinetSecretariatCode, cancellationToken);
        var secretariat = isSecretariat ? await ListAsync(db, overdue, 2, cancellationToken) : [];
        return new EscalationBoard(true, isSecretariat, organisations, cases, secretariat, now);
    }

    private static IQueryable<Case> Overdue(CallCentreDbContext db, DateTime nowUtc) =>
        db.Cases.AsNoTracking().Where(c => (c.Status == CaseStatus.Assigned || c.Status == CaseStatus.InProgress)
            && c.ClockPausedAtUtc == null && c.RespondByUtc < nowUtc && c.AssignedOrganisationId != null);

    private static async Task<IReadOnlyList<BoardCase>> ListAsync(CallCentreDbContext db, IQueryable<Case> cases, int minimumLevel, CancellationToken cancellationToken)
    {
        var rows = await (
                from c in cases
                let level = db.DeadlineAlerts.Where(a => a.CaseId == c.Id && a.Round == c.DeadlineRound && a.Kind == NotificationKind.Escalation)
                    .Max(a => (int?)a.Level) ?? 0
                where level >= minimumLevel
                join o in db.Organisations on c.AssignedOrganisationId equals o.Id
                orderby c.RespondByUtc, c.Id
                select new BoardCase(c.Id, c.Reference, c.Subject, o.Id, o.NameMn, o.NameEn, c.RespondByUtc!.Value, level))
            .Take(ListLimit)
            .ToListAsync(cancellationToken);
        return rows;
    }
}
