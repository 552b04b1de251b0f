using CallCentre.Web.Components;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Attachments;
using CallCentre.Web.Features.Audit;
using CallCentre.Web.Features.Localization;
using CallCentre.Web.Features.Reports;
using Microsoft.Extensions.FileProviders;

namespace CallCentre.Web.Infrastructure;

/// <summary>The request pipeline and the endpoints, in the order they run.</summary>
internal static class Pipeline
{
    public static WebApplication UseCallCentrePipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(AssetsFolder(app.Environment)),
            RequestPath = "/assets",
        });
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuditScope();
        app.UseAuthorization();
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapCallCentreEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().WithAccessFromTable();
        app.MapHealthChecks("/health").DisableHttpMetrics().WithAccessFromTable();
        app.MapCultureEndpoints();
        app.MapAccountEndpoints();
        app.MapAttachmentEndpoints();
        app.MapReportEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().WithAccessFromTable();
        return app;
    }

    /// <summary>wwwroot-assets is copied beside the binaries; running from the source tree it is found at the repo top.</summary>
    private static string AssetsFolder(IWebHostEnvironment environment)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot-assets");
        return Directory.Exists(beside) ? beside : Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "wwwroot-assets"));
    }
}
