using System.Collections.Immutable;
using CallCentre.Domain.Cases;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// The in-process <see cref="ICaseChangeFeed"/> for one node: subscribers are this node's open pages. Several nodes need a
/// backplane behind the same interface (see there); with sticky sessions each page still subscribes on its own node.
/// </summary>
public sealed class CaseChangeFeed(ILogger<CaseChangeFeed> logger) : ICaseChangeFeed
{
    private ImmutableList<Subscription> _subscriptions = [];

    public int SubscriberCount => _subscriptions.Count;

    public void Publish(IReadOnlyList<CaseChanged> changes)
    {
        var subscriptions = _subscriptions;
        foreach (var change in changes)
        {
            foreach (var subscription in subscriptions)
            {
                if (For(subscription.Visibility, change) is { } visible)
                {
                    _ = DeliverAsync(subscription, visible);
                }
            }
        }
    }

    public IDisposable Subscribe(CaseVisibility visibility, Func<CaseChanged, Task> onChange)
    {
        var subscription = new Subscription(visibility, onChange, this);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    /// <summary>The change as this subscriber may see it, or null when it concerns no case within their view.</summary>
    internal static CaseChanged? For(CaseVisibility visibility, CaseChanged change)
    {
        if (visibility.SeesAll)
        {
            return change;
        }

        var coversNow = change.OrganisationId is { } now && visibility.Covers(now);
        var coveredBefore = change.PreviousOrganisationId is { } before && visibility.Covers(before);
        return (coversNow, coveredBefore) switch
        {
            (true, true) => change,
            (true, false) => change with { PreviousOrganisationId = null },
            (false, true) => change with { OrganisationId = null },
            _ => null,
        };
    }

    private async Task DeliverAsync(Subscription subscription, CaseChanged change)
    {
        try
        {
            await subscription.OnChange(change);
        }
        catch (Exception ex)
        {
            // A page that failed to refresh must not stop the others; the user still has the reload button.
            logger.LogWarning(ex, "A live case update could not be delivered to a page.");
        }
    }

    private void Remove(Subscription subscription) => ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private sealed class Subscription(CaseVisibility visibility, Func<CaseChanged, Task> onChange, CaseChangeFeed feed) : IDisposable
    {
        public CaseVisibility Visibility { get; } = visibility;

        public Func<CaseChanged, Task> OnChange { get; } = onChange;

        public void Dispose() => feed.Remove(this);
    }
}
