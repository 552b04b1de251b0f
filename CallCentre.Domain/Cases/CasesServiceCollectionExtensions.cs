using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Cases;

/// <summary>Registers the use cases that register, find and show cases.</summary>
public static class CasesServiceCollectionExtensions
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddScoped<RegisterCase>();
        services.AddScoped<LoadIntakeChoices>();
        services.AddScoped<FindCallerHistory>();
        services.AddScoped<FindPossibleDuplicates>();
        services.AddScoped<SearchCases>();
        services.AddScoped<GetCaseDetails>();
        services.AddScoped<ListCaseFilterChoices>();
        return services;
    }
}
