using CallCentre.Domain;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Attachments;
using CallCentre.Web.Features.Audit;
using CallCentre.Web.Features.Cases;
using CallCentre.Web.Features.Deadlines;
using CallCentre.Web.Features.Inbox;
using CallCentre.Web.Features.Live;
using CallCentre.Web.Features.Notifications;
using CallCentre.Web.Features.Organisations;
using CallCentre.Web.Features.Queues;
using CallCentre.Web.Features.Reports;

namespace CallCentre.Web.Infrastructure;

/// <summary>The domain's use cases (registered by the domain), then what is the web's: settings, jobs, interceptors, feeds, UI services, seeders.</summary>
internal static class FeatureRegistration
{
    public static IServiceCollection AddCallCentreFeatures(this IServiceCollection services)
    {
        services.AddCallCentreDomain();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<DemoAccountSeeder>();
        services.AddScoped<DemoCaseSeeder>();
        services.AddScoped<OrganisationNames>();
        services.AddAttachmentSettings();
        services.AddLiveCaseChanges();
        services.AddInboxSettings();
        services.AddQueueSettings();
        services.AddAuditTrail();
        services.AddCalendarSettings();
        services.AddNotificationDelivery();
        services.AddReportJobs();
        return services;
    }
}
