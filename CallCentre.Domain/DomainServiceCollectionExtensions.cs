using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Audit;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.Queues;
using CallCentre.Domain.ReferenceData;
using CallCentre.Domain.Reports;
using CallCentre.Domain.Routing;
using CallCentre.Domain.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain;

/// <summary>
/// Registers every use case of the domain, folder by folder. The host adds the database
/// (<see cref="Persistence.PersistenceServiceCollectionExtensions.AddCallCentrePersistence"/>), Identity, a
/// <see cref="TimeProvider"/>, the settings and the ports the domain asks for (report labels and scheduler, notification publisher).
/// </summary>
public static class DomainServiceCollectionExtensions
{
    public static IServiceCollection AddCallCentreDomain(this IServiceCollection services)
    {
        services.AddAccounts();
        services.AddAttachments();
        services.AddAudit();
        services.AddCalendar();
        services.AddCases();
        services.AddDeadlines();
        services.AddInbox();
        services.AddNotifications();
        services.AddQueues();
        services.AddReferenceData();
        services.AddReports();
        services.AddRouting();
        services.AddWorkflow();
        return services;
    }
}
