using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.ReferenceData;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Routing;
using CallCentre.Web.Features.Attachments;
using CallCentre.Web.Features.Audit;
using CallCentre.Web.Features.Intake;
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
        services.AddUserAdministration();
        services.AddAttachments();
        services.AddRoutingAdministration();
        services.AddCallCentreIntake();
        services.AddScoped<SearchCases>();
        services.AddScoped<GetCaseDetails>();
        services.AddScoped<ListCaseFilterChoices>();
        services.AddAuditTrail();
        return services;
    }
}
