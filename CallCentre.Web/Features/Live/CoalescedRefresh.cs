namespace CallCentre.Web.Features.Live;

/// <summary>
/// Turns a burst of live changes into as few reloads as possible: one at a time, and one more if changes arrived
/// meanwhile. Call it on the component's renderer (inside InvokeAsync), which runs one thing at a time.
/// </summary>
public sealed class CoalescedRefresh(Func<Task> refresh)
{
    private bool _running;
    private bool _again;

    public async Task RequestAsync()
    {
        if (_running)
        {
            _again = true;
            return;
        }

        _running = true;
        try
        {
            do
            {
                _again = false;
                await refresh();
            }
            while (_again);
        }
        finally
        {
            _running = false;
        }
    }
}
