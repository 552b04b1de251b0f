using Microsoft.JSInterop;

namespace CallCentre.Web.Features.Intake;

/// <summary>
/// The intake page's calls into the browser (IntakePage.razor.js): shortcuts, focus, clipboard and the draft in localStorage.
/// A lost connection makes every call a no-op: the circuit is going away and the draft already lies in the browser.
/// </summary>
public sealed class IntakeBrowser(IJSRuntime js) : IAsyncDisposable
{
    private const string ModulePath = "./Features/Intake/IntakePage.razor.js";
    private IJSObjectReference? _module;

    public Task RegisterShortcutsAsync<T>(DotNetObjectReference<T> target)
        where T : class => CallAsync("registerShortcuts", target);

    public Task FocusAsync(string elementId) => CallAsync("focusElement", elementId);

    public Task FocusFirstInAsync(string containerId) => CallAsync("focusFirstIn", containerId);

    public Task CopyAsync(string text) => CallAsync("copyText", text);

    public async Task<string?> LoadDraftAsync(string key)
    {
        try
        {
            var module = await ModuleAsync();
            return await module.InvokeAsync<string?>("loadDraft", key);
        }
        catch (Exception e) when (IsGone(e))
        {
            return null;
        }
    }

    public Task SaveDraftAsync(string key, string json) => CallAsync("saveDraft", key, json);

    public Task ClearDraftAsync(string key) => CallAsync("clearDraft", key);

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }

        try
        {
            await _module.InvokeVoidAsync("unregisterShortcuts");
            await _module.DisposeAsync();
        }
        catch (Exception e) when (IsGone(e))
        {
            // The page's connection is already closed; the browser dropped the listener with it.
        }
    }

    private async Task CallAsync(string identifier, params object?[] arguments)
    {
        try
        {
            var module = await ModuleAsync();
            await module.InvokeVoidAsync(identifier, arguments);
        }
        catch (Exception e) when (IsGone(e))
        {
            // See the class summary.
        }
    }

    private async Task<IJSObjectReference> ModuleAsync() => _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);

    private static bool IsGone(Exception e) => e is JSDisconnectedException or TaskCanceledException or ObjectDisposedException;
}
