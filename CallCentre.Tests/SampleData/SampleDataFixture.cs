using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.SampleData;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.SampleData;

/// <summary>Seeded databases with the same registrars (same ids), filled by the generator through either writer.</summary>
public static class SampleDataFixture
{
    public static readonly IReadOnlyList<(string Id, string Role)> Registrars =
        [("sample-operator-1", Roles.Operator), ("sample-operator-2", Roles.Operator), ("sample-supervisor", Roles.Supervisor)];

    public static async Task<IReadOnlyList<Actor>> AddRegistrarsAsync(SeededDatabase database)
    {
        await using var db = database.CreateDbContext();
        foreach (var (id, _) in Registrars)
        {
            db.Users.Add(new ApplicationUser { Id = id, UserName = id + "@test.mn", DisplayName = "Оператор " + id, CreatedAtUtc = DateTime.UtcNow });
        }

        await db.SaveChangesAsync();
        return [.. Registrars.Select(r => new Actor(r.Id, "Оператор " + r.Id, new HashSet<string> { r.Role }, null))];
    }

    public static async Task<SampleCasesResult> WithEfAsync(SeededDatabase database, IReadOnlyList<Actor> registrars, SampleCasesOptions options) =>
        await SampleCases.GenerateAsync(database.Database, options, registrars, new EfCaseSink(database.Database));

    public static async Task<SampleCasesResult> InBulkAsync(SeededDatabase database, IReadOnlyList<Actor> registrars, SampleCasesOptions options, bool rebuildIndexes = false)
    {
        await using CallCentreDbContext db = database.CreateDbContext();
        await using var sink = await SqliteBulkCaseSink.OpenAsync(db, rebuildIndexes);
        return await SampleCases.GenerateAsync(database.Database, options, registrars, sink);
    }
}
