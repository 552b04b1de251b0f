using CallCentre.Domain.Cases;
using CallCentre.Domain.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCentre.Web.Features.Intake;

/// <summary>The use cases the intake screen calls.</summary>
internal static class IntakeRegistration
{
    public static IServiceCollection AddCallCentreIntake(this IServiceCollection services)
    {
        // TryAdd: other screens register some of these use cases too.
        services.TryAddScoped<RegisterCase>();
        services.TryAddScoped<CaseRouter>();
        services.TryAddScoped<LoadIntakeChoices>();
        services.TryAddScoped<FindCallerHistory>();
        services.TryAddScoped<FindPossibleDuplicates>();
        return services;
    }
}
