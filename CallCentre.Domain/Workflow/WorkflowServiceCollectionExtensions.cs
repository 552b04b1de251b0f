using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Workflow;

/// <summary>Registers the case-move runner and the response-template use cases.</summary>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddWorkflow(this IServiceCollection services)
    {
        services.AddScoped<ActOnCase>();
        services.AddScoped<ListCaseOfficers>();
        services.AddScoped<ListResponseTemplates>();
        services.AddScoped<ListCaseResponseTemplates>();
        services.AddScoped<SaveResponseTemplate>();
        services.AddScoped<DeleteResponseTemplate>();
        return services;
    }
}
