using MudBlazor.Services;

namespace CallCentre.Web.Infrastructure;

/// <summary>Blazor with interactive server rendering and MudBlazor.</summary>
internal static class UiRegistration
{
    public static IServiceCollection AddCallCentreUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpContextAccessor();
        return services;
    }
}
