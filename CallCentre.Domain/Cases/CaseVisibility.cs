using CallCentre.Domain.Accounts;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;

namespace CallCentre.Domain.Cases;

/// <summary>
/// Which cases one actor may see, and how much of their callers; every case query goes through it. Call-centre staff,
/// auditors and administrators see every case; agency staff only those assigned to their organisation or its units;
/// anyone else nothing.
/// </summary>
public sealed class CaseVisibility
{
    private static readonly string[] CallerVisibleRoles = [Roles.Operator, Roles.Supervisor, Roles.Administrator];
    private static readonly string[] AllCasesRoles = [Roles.Operator, Roles.Supervisor, Roles.Auditor, Roles.Administrator];

    private readonly List<int?> _organisationIds;
    private readonly bool _isAgency;
    private readonly bool _callersVisible;

    private CaseVisibility(bool seesAll, IReadOnlyCollection<int> organisationIds, bool isAgency, bool callersVisible)
    {
        SeesAll = seesAll;
        OrganisationIds = organisationIds.ToHashSet();
        _organisationIds = organisationIds.Select(id => (int?)id).ToList();
        _isAgency = isAgency;
        _callersVisible = callersVisible;
    }

    public bool SeesAll { get; }

    /// <summary>For agency staff: their organisation and every unit below it. Empty when <see cref="SeesAll"/>.</summary>
    public IReadOnlySet<int> OrganisationIds { get; }

    public bool SeesNothing => !SeesAll && OrganisationIds.Count == 0;

    public static async Task<CaseVisibility> ForAsync(CallCentreDbContext db, Actor actor, CancellationToken cancellationToken = default)
    {
        var callersVisible = CallersVisibleTo(actor);
        if (actor.IsInAny(AllCasesRoles))
        {
            return new CaseVisibility(true, [], isAgency: false, callersVisible);
        }

        if (!actor.IsAgencyStaff || actor.OrganisationId is not { } own)
        {
            return new CaseVisibility(false, [], isAgency: false, callersVisible: false);
        }

        var ids = await OrganisationTree.SelfAndDescendantsAsync(db, own, cancellationToken);
        return ForOrganisations(actor, ids);
    }

    /// <summary>
    /// The same answer as <see cref="ForAsync"/> when the organisation tree is already known: for agency staff,
    /// <paramref name="agencyOrganisationIds"/> are their organisation and its units (ignored for everyone else).
    /// </summary>
    public static CaseVisibility ForOrganisations(Actor actor, IReadOnlyCollection<int> agencyOrganisationIds)
    {
        var callersVisible = CallersVisibleTo(actor);
        return actor.IsInAny(AllCasesRoles) ? new CaseVisibility(true, [], isAgency: false, callersVisible)
            : actor.IsAgencyStaff && actor.OrganisationId is not null ? new CaseVisibility(false, agencyOrganisationIds, isAgency: true, callersVisible: false)
            : new CaseVisibility(false, [], isAgency: false, callersVisible: false);
    }

    // Auditors see callers only with the personal-data permission an administrator grants them.
    private static bool CallersVisibleTo(Actor actor) =>
        actor.IsInAny(CallerVisibleRoles) || (actor.IsIn(Roles.Auditor) && actor.MaySeePersonalData);

    /// <summary>Only the cases this actor may see.</summary>
    public IQueryable<Case> Apply(IQueryable<Case> cases) =>
        SeesAll ? cases
        : SeesNothing ? cases.Where(c => false)
        : cases.Where(c => _organisationIds.Contains(c.AssignedOrganisationId));

    /// <summary>
    /// Only the cases whose caller this actor may see: searching by a caller's phone must not tell an agency that a
    /// confidential case came from that number, nor let an auditor find a person's cases.
    /// </summary>
    public IQueryable<Case> WhereCallerVisible(IQueryable<Case> cases) =>
        _callersVisible ? Apply(cases)
        : _isAgency ? Apply(cases).Where(c => !c.Caller.IsConfidential)
        : cases.Where(c => false);

    /// <summary>How a case's caller is shown to this actor.</summary>
    public CallerMask CallerMaskFor(bool isConfidential) =>
        _callersVisible ? CallerMask.None
        : _isAgency ? (isConfidential ? CallerMask.Confidential : CallerMask.None)
        : CallerMask.PersonalData;

    /// <summary>Whether an organisation's cases are within this actor's view (for filters and choices).</summary>
    public bool Covers(int organisationId) => SeesAll || OrganisationIds.Contains(organisationId);
}
