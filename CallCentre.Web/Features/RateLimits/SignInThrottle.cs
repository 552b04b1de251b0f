using CallCentre.Domain.Accounts;

namespace CallCentre.Web.Features.RateLimits;

/// <summary>
/// The sign-in rules per account name, in memory (one node): an address may fail for one account only
/// <see cref="RateLimitSettings.FailuresPerAccountAndAddress"/> times in the window, one fewer than the lockout threshold;
/// and the account's failure count (Identity's, which never decays by itself) starts again once a run of failures is
/// older than the window. So the failures of one run all fall inside one window, one address contributes at most
/// that many of them, and only failures from two or more addresses can lock the account.
/// </summary>
public sealed class SignInThrottle(RateLimitSettings settings, TimeProvider clock)
{
    private const int PruneAbove = 10_000;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _attempts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _runs = new(StringComparer.Ordinal);

    private int FailureLimit => Math.Clamp(settings.FailuresPerAccountAndAddress, 1, StaffIdentityOptions.MaxFailedAccessAttempts - 1);

    /// <summary>The account name as the rules count it: trimmed, upper case (Identity's normalised e-mail).</summary>
    public static string Key(string accountName) => accountName.Trim().ToUpperInvariant();

    /// <summary>How long this address must wait before trying this account again; null when it may try now.</summary>
    public TimeSpan? RetryAfter(string? address, string account)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var byAddress = Recent(_failures, FailureKey(address, account), now);
            var byAccount = Recent(_attempts, account, now);
            var waits = new List<TimeSpan>();
            if (byAddress.Count >= FailureLimit)
            {
                waits.Add(byAddress[0] + settings.SignInWindow - now);
            }

            if (byAccount.Count >= Math.Max(1, settings.AttemptsPerAccount))
            {
                waits.Add(byAccount[0] + settings.SignInWindow - now);
            }

            return waits.Count == 0 ? null : waits.Max();
        }
    }

    /// <summary>Whether the account's earlier failures belong to a run older than the window, so its failure count starts again.</summary>
    public bool StartsNewRun(string account)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_runs.TryGetValue(account, out var started) && now - started <= settings.SignInWindow)
            {
                return false;
            }

            _runs.Remove(account);
            return true;
        }
    }

    /// <summary>Counts one attempt for the account; a failure also against the address and in the account's run.</summary>
    public void Record(string? address, string account, bool failed)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_attempts.Count + _failures.Count > PruneAbove)
            {
                Prune(now);
            }

            Recent(_attempts, account, now).Add(now);
            if (failed)
            {
                Recent(_failures, FailureKey(address, account), now).Add(now);
                _runs.TryAdd(account, now);
            }
            else
            {
                _runs.Remove(account);
            }
        }
    }

    private static string FailureKey(string? address, string account) => (address ?? "unknown") + "|" + account;

    private List<DateTimeOffset> Recent(Dictionary<string, List<DateTimeOffset>> table, string key, DateTimeOffset now)
    {
        if (!table.TryGetValue(key, out var times))
        {
            times = [];
            table[key] = times;
        }

        times.RemoveAll(t => now - t > settings.SignInWindow);
        return times;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var table in new[] { _attempts, _failures })
        {
            foreach (var key in table.Keys.ToList())
            {
                table[key].RemoveAll(t => now - t > settings.SignInWindow);
                if (table[key].Count == 0)
                {
                    table.Remove(key);
                }
            }
        }

        foreach (var (account, started) in _runs.ToList())
        {
            if (now - started > settings.SignInWindow)
            {
                _runs.Remove(account);
            }
        }
    }
}
