using CallCentre.Domain.Accounts;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.ReferenceData;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Web.Infrastructure;

/// <summary>Brings the database up to date at start: migrations, reference data, roles and (in Development) demo accounts and cases.</summary>
internal static class DatabaseStartup
{
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CallCentre.Startup");
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CallCentreDbContext>();
            if (settings.Provider == DatabaseProvider.Sqlite || settings.MigrateOnStartup)
            {
                await db.Database.MigrateAsync();
            }
            else if (!await db.Database.CanConnectAsync())
            {
                throw new InvalidOperationException("the database does not answer");
            }
            else if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                logger.LogCritical(
                    "CallCentre cannot start: the database lacks migrations and {Setting} is false; apply the script described in the README.",
                    DatabaseSettings.MigrateOnStartupKey);
                return false;
            }

            var added = await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
            logger.LogInformation("Reference data checked; {Added} new items seeded", added);
            await scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync();
            if (app.Configuration.GetValue<bool>("Seeding:DemoAccounts") && app.Environment.IsDevelopment())
            {
                await scope.ServiceProvider.GetRequiredService<DemoAccountSeeder>().SeedAsync();

                // Demo cases are registered by the demo operators, so they come after the accounts.
                await scope.ServiceProvider.GetRequiredService<DemoCaseSeeder>().SeedAsync();
            }

            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // Statistics for the planner after migrations and seeding (the large changes a start can make).
                await db.Database.ExecuteSqlRawAsync(SqliteConnectionSetup.Optimize);
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical(
                ex,
                "CallCentre cannot start: the {Provider} database named by {Setting} cannot be reached or prepared: {Reason}",
                settings.Provider,
                DatabaseSettings.ConnectionStringKey,
                ex.Message);
            return false;
        }
    }
}
