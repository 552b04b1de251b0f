using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.ReferenceData;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Admin.Calendar;
using CallCentre.Web.Features.Admin.Routing;
using CallCentre.Web.Features.Admin.Sla;
using CallCentre.Web.Features.Attachments;
using CallCentre.Web.Features.Audit;
using CallCentre.Web.Features.Board;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Deadlines;
using CallCentre.Web.Features.Inbox;
using CallCentre.Web.Features.Intake;
using CallCentre.Web.Features.Live;
using CallCentre.Web.Features.Notifications;
using CallCentre.Web.Features.Organisations;
using CallCentre.Web.Features.Queues;
using CallCentre.Web.Features.Reports;

namespace CallCentre.Web.Infrastructure;

/// <summary>The use cases and services of each feature.</summary>
internal static class FeatureRegistration
{
    public static IServiceCollection AddCallCentreFeatures(this IServiceCollection services)
    {
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<DemoCaseSeeder>();
        services.AddScoped<OrganisationNames>();
        services.AddUserAdministration();
        services.AddAttachments();
        services.AddRoutingAdministration();
        services.AddCallCentreIntake();
        services.AddLiveCaseChanges();
        services.AddInbox();
        services.AddSupervisorQueues();
        services.AddSupervisorBoard();
        services.AddScoped<SearchCases>();
        services.AddScoped<GetCaseDetails>();
        services.AddCaseWorkflow();
        services.AddScoped<ListCaseFilterChoices>();
        services.AddAuditTrail();
        services.AddDeadlines();
        services.AddCalendarAdministration();
        services.AddSlaAdministration();
        services.AddNotifications();
        services.AddReports();
        return services;
    }
}
