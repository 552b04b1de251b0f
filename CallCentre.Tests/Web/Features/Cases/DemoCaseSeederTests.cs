using CallCentre.Domain.Persistence;
using CallCentre.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Web.Features.Cases;

/// <summary>Development starts with demo cases registered by the demo operators, once; Production never gets any.</summary>
public sealed class DemoCaseSeederTests
{
    [Fact]
    public async Task DevelopmentStart_SeedsTheCasesOnce_RestartAddsNone()
    {
        using var first = new CallCentreWebFactory();
        first.Settings["DemoData:Cases"] = "40";
        _ = first.Services;

        var seeded = await CasesAsync(first.DatabasePath);
        Assert.Equal(40, seeded.Count);
        Assert.All(seeded, c => Assert.Contains(c.RegisteredBy, new[] { "operator@demo.1111.mn", "supervisor@demo.1111.mn" }));
        Assert.Contains(seeded, c => c.Organisation is not null);
        var ratings = await RatingsAsync(first.DatabasePath);
        Assert.NotEqual(0, ratings);

        using var restarted = new CallCentreWebFactory { DatabasePath = first.DatabasePath };
        restarted.Settings["DemoData:Cases"] = "40";
        _ = restarted.Services;

        Assert.Equal(seeded, await CasesAsync(first.DatabasePath));
        Assert.Equal(ratings, await RatingsAsync(first.DatabasePath));
    }

    [Fact]
    public async Task ProductionStart_SeedsNoCases_WhateverTheSettingsSay()
    {
        using var factory = new CallCentreWebFactory { EnvironmentName = "Production" };
        factory.Settings["https_port"] = "443";
        factory.Settings["Seeding:DemoAccounts"] = "true";
        factory.Settings["DemoData:Cases"] = "40";
        _ = factory.Services;

        Assert.Empty(await CasesAsync(factory.DatabasePath));
    }

    private static async Task<List<SeededCase>> CasesAsync(string path)
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await using var db = new SqliteCallCentreDbContext(builder.Options);
        return await db.Cases.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new SeededCase(
                c.Reference,
                db.Users.Where(u => u.Id == c.RegisteredById).Select(u => u.Email).First(),
                db.Organisations.Where(o => o.Id == c.AssignedOrganisationId).Select(o => o.Code).FirstOrDefault()))
            .ToListAsync();
    }

    /// <summary>The demo operator's callback ratings, all recorded through the rating move (one event each).</summary>
    private static async Task<int> RatingsAsync(string path)
    {
        var builder = new DbContextOptionsBuilder<SqliteCallCentreDbContext>();
        builder.UseCallCentreSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await using var db = new SqliteCallCentreDbContext(builder.Options);
        var ratings = await db.CaseRatings.CountAsync();
        Assert.Equal(ratings, await db.CaseEvents.CountAsync(e => e.Kind == CallCentre.Domain.Cases.CaseEventKind.Rated));
        return ratings;
    }

    private sealed record SeededCase(string Reference, string? RegisteredBy, string? Organisation);
}
