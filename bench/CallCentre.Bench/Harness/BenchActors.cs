using CallCentre.Domain.Accounts;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Bench.Harness;

/// <summary>The people the data scenarios act as: a bench operator, a supervisor, and an officer of one agency.</summary>
public static class BenchActors
{
    /// <summary>The agency whose officer the scenarios act as: the capital's water authority, one of the demo agencies.</summary>
    public const string AgencyCode = "USUG";

    public static async Task<Actor> OperatorAsync(CallCentreDbContext db, CancellationToken cancellationToken) =>
        await SampleDatabase.OperatorsAsync(db, cancellationToken) is [var first, ..]
            ? first
            : throw new BenchException("The data set has no bench operators; delete it under bench/results/data so that it is generated again.");

    public static Actor Supervisor(Actor @operator) =>
        @operator with { DisplayName = "Ахлах (bench)", Roles = new HashSet<string> { Roles.Supervisor } };

    public static async Task<Actor> AgencyOfficerAsync(CallCentreDbContext db, CancellationToken cancellationToken)
    {
        var organisationId = await db.Organisations.Where(o => o.Code == AgencyCode).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new BenchException($"Organisation {AgencyCode} is missing from the reference data.");
        return new Actor("bench-agency-officer", "Мэргэжилтэн (bench)", new HashSet<string> { Roles.AgencyOfficer }, organisationId);
    }

    /// <summary>The organisation and its units, as <c>CaseVisibility</c> reckons them.</summary>
    public static Task<IReadOnlySet<int>> OrganisationTreeAsync(CallCentreDbContext db, int organisationId, CancellationToken cancellationToken) =>
        OrganisationTree.SelfAndDescendantsAsync(db, organisationId, cancellationToken);
}
