using System.Globalization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Attachments;
using CallCentre.Domain.Calendar;
using CallCentre.Web.Features.Accounts;
using CallCentre.Web.Features.Cases;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace CallCentre.Web.Features.Attachments;

/// <summary>
/// A case's files for the case page: the list (recordings play in place), and a drop zone for staff who may add files.
/// Refusals are shown at the control, per file, in the user's language.
/// </summary>
public sealed partial class CaseAttachments : IDisposable
{
    private const int MaxFilesAtOnce = 10;
    private const string AcceptedExtensions = ".mp3,.wav,.ogg,.opus,.oga,.m4a,.mp4,.webm,.jpg,.jpeg,.png,.gif,.webp,.pdf,.docx,.xlsx";
    private const string DropZoneBaseClass = "d-flex flex-column align-center gap-2 pa-4 rounded-lg border-2 border-dashed";

    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<UploadError> _errors = [];
    private CaseAttachmentsView? _view;
    private bool _notFound;
    private bool _uploading;
    private bool _dragging;
    private string? _status;
    private int? _loadedCaseId;
    private MudFileUpload<IReadOnlyList<IBrowserFile>>? _upload;

    /// <summary>The case whose files are shown.</summary>
    [Parameter]
    [EditorRequired]
    public int CaseId { get; set; }

    [Inject]
    private IStringLocalizer<AttachmentResource> L { get; set; } = null!;

    [Inject]
    private IStringLocalizer<CaseResource> CaseL { get; set; } = null!;

    [Inject]
    private CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    private ListAttachments ListAttachments { get; set; } = null!;

    [Inject]
    private AddAttachment AddAttachment { get; set; } = null!;

    [Inject]
    private ReleaseAttachment ReleaseAttachment { get; set; } = null!;

    [Inject]
    private AttachmentSettings Settings { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    private string HeadingId => $"case-{CaseId}-attachments";

    private string AcceptedId => $"case-{CaseId}-attachments-accepted";

    private string DropZoneClass => _dragging ? DropZoneBaseClass + " mud-border-primary" : DropZoneBaseClass;

    public void Dispose()
    {
        _cancellation.Cancel();
        _cancellation.Dispose();
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedCaseId != CaseId)
        {
            _loadedCaseId = CaseId;
            _errors.Clear();
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var user = await CurrentUser.GetAsync();
        _view = user is null ? null : await ListAttachments.RunAsync(new ListAttachmentsInput(CaseId), user.ToActor(), _cancellation.Token);
        _notFound = _view is null;
    }

    private async Task ReleaseAsync(AttachmentItem item)
    {
        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        var result = await ReleaseAttachment.RunAsync(new ReleaseAttachmentInput(CaseId, item.Id), user.ToActor(), _cancellation.Token);
        Snackbar.Add(result.Succeeded ? L["Attachments.Released", item.FileName].Value : L[result.Errors.Values.First()].Value, result.Succeeded ? Severity.Success : Severity.Error);
        await LoadAsync();
    }

    private async Task OnFilesChangedAsync(InputFileChangeEventArgs e)
    {
        _errors.Clear();
        if (e.FileCount > MaxFilesAtOnce)
        {
            _errors.Add(new UploadError(null, L["Attachment.TooManyFiles", MaxFilesAtOnce]));
            return;
        }

        if (await CurrentUser.GetAsync() is not { } user)
        {
            return;
        }

        var attached = new List<string>();
        _uploading = true;
        try
        {
            foreach (var file in e.GetMultipleFiles(MaxFilesAtOnce))
            {
                _status = L["Attachments.Uploading", file.Name];
                StateHasChanged();
                if (await UploadAsync(file, user.ToActor()) is { } error)
                {
                    _errors.Add(new UploadError(file.Name, error));
                }
                else
                {
                    attached.Add(file.Name);
                }
            }
        }
        finally
        {
            _uploading = false;
            _status = null;
        }

        if (_upload is not null)
        {
            await _upload.ClearAsync();
        }

        await LoadAsync();
        if (attached.Count > 0)
        {
            Snackbar.Add(L["Attachments.Uploaded", string.Join(", ", attached)], Severity.Success);
        }
    }

    /// <summary>Null when the file was attached, else the message to show beside its name.</summary>
    private async Task<string?> UploadAsync(IBrowserFile file, Actor actor)
    {
        // The browser's size is only a hint that saves sending a file certain to be refused; the use case counts the bytes.
        if (file.Size > Settings.MaxFileSizeBytes)
        {
            return Message("Attachment.TooLarge");
        }

        try
        {
            await using var stream = file.OpenReadStream(Settings.MaxFileSizeBytes + 1, _cancellation.Token);
            var result = await AddAttachment.RunAsync(new AddAttachmentInput(CaseId, file.Name, stream), actor, _cancellation.Token);
            return result.Succeeded ? null : Message(result.Errors.Values.First());
        }
        catch (IOException)
        {
            // The browser stopped sending (connection lost, file changed or grew past the limit while read).
            return Message("Attachment.UploadFailed");
        }
    }

    /// <summary>A message key in the user's language: this feature's strings first, then the case rules' strings.</summary>
    private string Message(string key)
    {
        var own = L[key, Settings.MaxFileSizeMegabytes];
        if (!own.ResourceNotFound)
        {
            return own;
        }

        var shared = CaseL[key];
        return shared.ResourceNotFound ? key : shared;
    }

    private string FormatSize(long bytes) => bytes switch
    {
        < 1024 => L["Attachments.SizeBytes", bytes],
        < 1024 * 1024 => L["Attachments.SizeKilobytes", bytes / 1024d],
        _ => L["Attachments.SizeMegabytes", bytes / (1024d * 1024d)],
    };

    private static string FormatTime(DateTime utc) => UlaanbaatarTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string KindIcon(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Audio => Icons.Material.Filled.AudioFile,
        AttachmentKind.Image => Icons.Material.Filled.Image,
        _ => Icons.Material.Filled.Description,
    };

    private sealed record UploadError(string? FileName, string Message);
}
