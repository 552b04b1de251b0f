using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Domain.Attachments;

/// <summary>Registers the attachment use cases and the file store; the host supplies <see cref="AttachmentSettings"/>.</summary>
public static class AttachmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddSingleton<AttachmentStore>();
        services.AddScoped<AddAttachment>();
        services.AddScoped<ListAttachments>();
        services.AddScoped<ReleaseAttachment>();
        services.AddScoped<OpenAttachment>();
        return services;
    }
}
