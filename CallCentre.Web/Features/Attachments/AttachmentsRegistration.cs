using CallCentre.Domain.Attachments;
using Microsoft.Extensions.Options;

namespace CallCentre.Web.Features.Attachments;

/// <summary>The <c>Attachments</c> settings, checked at start (the domain's file store reads them).</summary>
internal static class AttachmentsRegistration
{
    public static IServiceCollection AddAttachmentSettings(this IServiceCollection services)
    {
        services.AddOptions<AttachmentSettings>()
            .BindConfiguration(AttachmentSettings.Section)
            .PostConfigure<IWebHostEnvironment>((settings, environment) =>
                settings.Folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, string.IsNullOrWhiteSpace(settings.Folder) ? AttachmentSettings.DefaultFolder : settings.Folder)))
            .Validate(
                settings => settings.MaxFileSizeMegabytes is >= 1 and <= 2048,
                $"Setting {AttachmentSettings.Section}:{nameof(AttachmentSettings.MaxFileSizeMegabytes)} must be a whole number of megabytes from 1 to 2048.")
            .Validate<IWebHostEnvironment>(
                (settings, environment) => !IsInside(settings.Folder, environment.WebRootPath),
                $"Setting {AttachmentSettings.Section}:{nameof(AttachmentSettings.Folder)} points inside the web root; attachments must never be served as static files.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AttachmentSettings>>().Value);
        return services;
    }

    private static bool IsInside(string folder, string? webRoot)
    {
        if (string.IsNullOrEmpty(webRoot))
        {
            return false;
        }

        var root = Path.GetFullPath(webRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.OrdinalIgnoreCase);
    }
}
