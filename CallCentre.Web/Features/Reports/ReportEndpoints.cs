using CallCentre.Domain.Reports;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Infrastructure;

namespace CallCentre.Web.Features.Reports;

/// <summary>Sends a finished report to whoever may have it; anyone else gets 404, as for a report that does not exist.</summary>
internal static class ReportEndpoints
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string DownloadUrl(int requestId) => $"/reports/{requestId}/download";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{requestId:int}/download", DownloadAsync).WithAccessFromTable();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(int requestId, HttpContext context, OpenReportFile open, CancellationToken cancellationToken)
    {
        if (StaffUser.From(context.User) is not { } user || await open.RunAsync(new OpenReportFileInput(requestId), user.ToActor(), cancellationToken) is not { } file)
        {
            return Results.NotFound();
        }

        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(file.FullPath, ContentType, file.DownloadName);
    }
}
