using CallCentre.Domain.Deadlines;

namespace CallCentre.Web.Features.Board;

/// <summary>The supervisor board's use case.</summary>
internal static class BoardRegistration
{
    public static IServiceCollection AddSupervisorBoard(this IServiceCollection services)
    {
        services.AddScoped<GetEscalationBoard>();
        return services;
    }
}
