using CallCentre.Domain.Cases;
using CallCentre.Domain.ReferenceData;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Organisations;

namespace CallCentre.Web.Infrastructure;

/// <summary>The use cases and services of each feature.</summary>
internal static class FeatureRegistration
{
    public static IServiceCollection AddCallCentreFeatures(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<OrganisationNames>();
        services.AddScoped<SearchCases>();
        services.AddScoped<GetCaseDetails>();
        services.AddScoped<ListCaseFilterChoices>();
        return services;
    }
}
