using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Persistence;

/// <summary>
/// Registers the provider's context so that the rest of the app asks only for <see cref="CallCentreDbContext"/>. Every
/// <see cref="IInterceptor"/> registered as a singleton (e.g. the web app's live case feed) is added to each context.
/// </summary>
public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddCallCentrePersistence(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextFactory<SqliteCallCentreDbContext>((sp, o) => o.UseCallCentreSqlite(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<CallCentreDbContext>, CallCentreDbContextFactory<SqliteCallCentreDbContext>>();
                services.AddScoped<CallCentreDbContext>(sp => sp.GetRequiredService<SqliteCallCentreDbContext>());
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextFactory<SqlServerCallCentreDbContext>((sp, o) => o.UseCallCentreSqlServer(settings.ConnectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<CallCentreDbContext>, CallCentreDbContextFactory<SqlServerCallCentreDbContext>>();
                services.AddScoped<CallCentreDbContext>(sp => sp.GetRequiredService<SqlServerCallCentreDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {settings.Provider}.");
        }

        return services;
    }
}
