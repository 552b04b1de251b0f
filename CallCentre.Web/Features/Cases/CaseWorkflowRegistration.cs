using CallCentre.Domain.Accounts;
using CallCentre.Domain.Workflow;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CallCentre.Web.Features.Cases;

/// <summary>The use cases behind the moves on the case page and the response templates.</summary>
public static class CaseWorkflowRegistration
{
    public static IServiceCollection AddCaseWorkflow(this IServiceCollection services)
    {
        services.AddScoped<ActOnCase>();
        services.AddScoped<ListCaseOfficers>();
        services.AddScoped<ListResponseTemplates>();
        services.AddScoped<SaveResponseTemplate>();
        services.AddScoped<DeleteResponseTemplate>();
        services.TryAddScoped<ListOrganisationChoices>();
        return services;
    }
}
