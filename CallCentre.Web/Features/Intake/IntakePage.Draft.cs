namespace CallCentre.Web.Features.Intake;

/// <summary>
/// The draft: written to the browser's localStorage (keyed by the user) a moment after each change, read back when the page
/// opens, removed once the case is saved or a new call starts. Reconnection keeps the circuit on short drops; the draft covers
/// reloads and lost circuits. Nothing of it is kept on the server.
/// </summary>
public sealed partial class IntakePage
{
    private async Task RestoreDraftAsync()
    {
        if (_browser is null || _user is null || !_form.IsBlank)
        {
            return;
        }

        var draft = IntakeForm.FromJson(await _browser.LoadDraftAsync(DraftKey));
        if (draft is null || draft.IsBlank)
        {
            return;
        }

        _form = draft;
        await RefreshLookupsAsync();
        Snackbar.Add(L["Draft.Restored"].Value, MudBlazor.Severity.Info);
    }

    private void ScheduleDraftSave()
    {
        if (_browser is null || _user is null)
        {
            return;
        }

        CancelDraftSave();
        _draftDelay = new CancellationTokenSource();
        _ = SaveDraftLaterAsync(_draftDelay.Token);
    }

    private async Task SaveDraftLaterAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(DraftDelay, Clock, cancellationToken);
            await InvokeAsync(async () =>
            {
                if (!cancellationToken.IsCancellationRequested && _browser is not null)
                {
                    await (_form.IsBlank ? _browser.ClearDraftAsync(DraftKey) : _browser.SaveDraftAsync(DraftKey, _form.ToJson()));
                }
            });
        }
        catch (OperationCanceledException)
        {
            // A newer change rescheduled it, or the form was saved or cleared.
        }
    }

    private void CancelDraftSave()
    {
        _draftDelay?.Cancel();
        _draftDelay?.Dispose();
        _draftDelay = null;
    }

    private async Task ClearDraftAsync()
    {
        CancelDraftSave();
        if (_browser is not null)
        {
            await _browser.ClearDraftAsync(DraftKey);
        }
    }
}
