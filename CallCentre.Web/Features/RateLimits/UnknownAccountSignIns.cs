using System.Globalization;
using CallCentre.Domain.Audit;

namespace CallCentre.Web.Features.RateLimits;

/// <summary>
/// Failed sign-ins for e-mail addresses no account has, counted per client address and written as one audit entry
/// per address per window (<c>SignIn.Failed</c>, reason UnknownAccount, with the count), so that a flood of invented
/// names cannot flood the chain. Only typed names that look like e-mail addresses are kept, at most
/// <see cref="MaxNames"/> per entry. The open windows are written when they end, and all of them when the app stops.
/// </summary>
public sealed class UnknownAccountSignIns(RateLimitSettings settings, TimeProvider clock, IServiceScopeFactory scopes, ILogger<UnknownAccountSignIns> logger)
    : BackgroundService
{
    public const int MaxNames = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Window> _open = new(StringComparer.Ordinal);

    public void Add(string? address, string typed)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var key = address ?? "";
            if (!_open.TryGetValue(key, out var window))
            {
                window = new Window(address, now);
                _open[key] = window;
            }

            window.Count++;
            var name = typed.Trim();
            if (TypedAccountName.LooksLikeEmail(name) && window.Names.Count < MaxNames)
            {
                window.Names.Add(name);
            }
        }
    }

    /// <summary>Writes the windows that have ended (every open one when <paramref name="all"/>).</summary>
    public async Task FlushAsync(bool all, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Window> due;
        lock (_lock)
        {
            due = [.. _open.Values.Where(w => all || now - w.Started >= settings.UnknownAccountWindow)];
            foreach (var window in due)
            {
                _open.Remove(window.Address ?? "");
            }
        }

        foreach (var window in due)
        {
            await WriteAsync(window, now, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(all: false, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(all: true, CancellationToken.None);
    }

    private async Task WriteAsync(Window window, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            AuditScope.Enter(new AuditScope(null, null, window.Address));
            await scope.ServiceProvider.GetRequiredService<RecordAuditEvent>().RunAsync(
                new RecordAuditEventInput("SignIn.Failed", "User", null, AuditOutcome.Failed)
                {
                    Details = new Dictionary<string, object?>
                    {
                        ["Method"] = "Password",
                        ["Reason"] = "UnknownAccount",
                        ["Count"] = window.Count,
                        ["From"] = window.Started.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                        ["To"] = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                        ["Names"] = window.Names.Count == 0 ? null : string.Join(", ", window.Names),
                    },
                },
                cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not audit {Count} failed sign-ins for unknown accounts from {Address}", window.Count, window.Address);
        }
        finally
        {
            AuditScope.Enter(null);
        }
    }

    private sealed class Window(string? address, DateTimeOffset started)
    {
        public string? Address { get; } = address;

        public DateTimeOffset Started { get; } = started;

        public int Count { get; set; }

        public SortedSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
