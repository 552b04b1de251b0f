using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Support;

/// <summary>A migrated SQLite database with the shipped reference data and helpers to find it by code.</summary>
public sealed class SeededDatabase : IAsyncDisposable
{
    private SeededDatabase(SqliteTestDatabase database) => Database = database;

    public SqliteTestDatabase Database { get; }

    public static async Task<SeededDatabase> CreateAsync()
    {
        var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await new ReferenceDataSeeder(db, TimeProvider.System).SeedAsync();
        return new SeededDatabase(database);
    }

    public CallCentreDbContext CreateDbContext() => Database.CreateDbContext();

    public async Task<int> OrganisationIdAsync(string code)
    {
        await using var db = CreateDbContext();
        return await db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    public async Task<int> TopicIdAsync(string code)
    {
        await using var db = CreateDbContext();
        return await db.Topics.Where(t => t.Code == code).Select(t => t.Id).SingleAsync();
    }

    public async Task<int> RegionIdAsync(string code)
    {
        await using var db = CreateDbContext();
        return await db.Regions.Where(r => r.Code == code).Select(r => r.Id).SingleAsync();
    }

    /// <summary>Adds a staff account (cases point at their registering user) and returns it as an actor.</summary>
    public async Task<Actor> AddActorAsync(string role, string? organisationCode = null)
    {
        await using var db = CreateDbContext();
        var organisationId = organisationCode is null ? (int?)null : await OrganisationIdAsync(organisationCode);
        var user = new ApplicationUser
        {
            UserName = $"{role}-{Guid.NewGuid():N}@test.mn",
            DisplayName = $"Test {role}",
            OrganisationId = organisationId,
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new Actor(user.Id, user.DisplayName, new HashSet<string> { role }, organisationId);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
