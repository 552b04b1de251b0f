using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CallCentre.Web.Features.Live;

/// <summary>The live case feed and the interceptor that fills it; the database registration adds every <see cref="IInterceptor"/> to its contexts.</summary>
internal static class LiveRegistration
{
    public static IServiceCollection AddLiveCaseChanges(this IServiceCollection services)
    {
        services.AddSingleton<ICaseChangeFeed, CaseChangeFeed>();
        services.AddSingleton<CaseChangeInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<CaseChangeInterceptor>());
        services.AddScoped<LiveCaseChanges>();
        return services;
    }
}
