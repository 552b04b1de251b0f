using CallCentre.Domain.Notifications;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CallCentre.Web.Features.Notifications;

/// <summary>The <c>Mail</c> settings, checked at start; the live feed of notifications, its interceptor and the scan's publisher; the mail text and the jobs.</summary>
internal static class NotificationsRegistration
{
    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services)
    {
        services.AddOptions<MailSettings>()
            .BindConfiguration(MailSettings.Section)
            .Validate(s => s.Port is >= 1 and <= 65535, $"Setting {MailSettings.Section}:{nameof(MailSettings.Port)} must be a port number from 1 to 65535.")
            .Validate(s => MailboxAddress.TryParse(s.From, out _), $"Setting {MailSettings.Section}:{nameof(MailSettings.From)} must be an e-mail address, e.g. \"11-11 <no-reply@1111.mn>\".")
            .Validate(s => s.BatchSize is >= 1 and <= 1000, $"Setting {MailSettings.Section}:{nameof(MailSettings.BatchSize)} must be a whole number from 1 to 1000.")
            .Validate(s => s.MaxAttempts is >= 1 and <= 10000, $"Setting {MailSettings.Section}:{nameof(MailSettings.MaxAttempts)} must be a whole number from 1 to 10000.")
            .Validate(s => Uri.TryCreate(s.LinkBaseUrl, UriKind.Absolute, out _), $"Setting {MailSettings.Section}:{nameof(MailSettings.LinkBaseUrl)} must be an absolute address, e.g. https://1111.gov.mn.")
            .ValidateOnStart();

        services.AddSingleton<INotificationFeed, NotificationFeed>();
        services.AddSingleton<NotificationInterceptor>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<NotificationInterceptor>());
        services.AddSingleton<INotificationPublisher, CommittedNotificationsToFeed>();
        services.AddScoped<NotificationText>();
        services.AddScoped<NotificationMail>();
        services.AddSingleton<MailTransport>();
        services.AddScoped<NotificationMailJob>();
        services.AddScoped<DailyDigestJob>();
        return services;
    }
}
