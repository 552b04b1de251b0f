using CallCentre.Domain.Attachments;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace CallCentre.Web.Features.Attachments;

/// <summary>Streams a case's file to staff who may see the case, with range requests so that recordings can be sought.</summary>
internal static class AttachmentEndpoints
{
    public const string DownloadPattern = "/cases/{caseId:int}/attachments/{attachmentId:int}";

    public static string DownloadUrl(int caseId, int attachmentId) => $"/cases/{caseId}/attachments/{attachmentId}";

    public static IEndpointRouteBuilder MapAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DownloadPattern, DownloadAsync).WithAccessFromTable();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(int caseId, int attachmentId, HttpContext context, OpenAttachment openAttachment, CancellationToken cancellationToken)
    {
        // A case the user may not see answers exactly like a missing one, so that nobody can probe which cases exist.
        if (StaffUser.From(context.User) is not { } user
            || await openAttachment.RunAsync(new OpenAttachmentInput(caseId, attachmentId), user.ToActor(), cancellationToken) is not { } file)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "private, no-store";
        var entityTag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        var lastModified = new DateTimeOffset(file.UploadedAtUtc, TimeSpan.Zero);
        if (file.Kind == AttachmentKind.Document)
        {
            // Documents are saved, not opened in the app's origin.
            return Results.File(file.FullPath, file.ContentType, file.FileName, lastModified, entityTag, enableRangeProcessing: true);
        }

        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(file.FileName);
        headers.ContentDisposition = disposition.ToString();
        return Results.File(file.FullPath, file.ContentType, fileDownloadName: null, lastModified, entityTag, enableRangeProcessing: true);
    }
}
