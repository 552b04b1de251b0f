using System.Collections.Immutable;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// The in-process half of a live feed: this node's open pages subscribe, each with who is watching
/// (<typeparamref name="TAudience"/>), and every published change reaches each page as that page may see it. A feed
/// derives from this and says only <see cref="For"/>.
/// </summary>
/// <remarks>
/// The seam for a backplane (several nodes): <see cref="Publish"/> is where this node's committed changes go out, and
/// <see cref="DeliverLocally"/> is where changes, this node's or another node's received from the backplane, reach this
/// node's pages. A backplane sends in <see cref="Publish"/> and calls <see cref="DeliverLocally"/> with what it receives;
/// the visibility filter runs on the receiving node, beside its subscribers.
/// </remarks>
public abstract class LiveFeed<TChange, TAudience>(ILogger logger)
    where TChange : class
{
    private ImmutableList<Subscription> _subscriptions = [];

    public int SubscriberCount => _subscriptions.Count;

    /// <summary>Tells the committed changes to whoever may see them; returns at once, never waits for a page.</summary>
    public void Publish(IReadOnlyList<TChange> changes) => DeliverLocally(changes);

    /// <summary>Hands each change to this node's subscribers allowed to see it, as they may see it.</summary>
    public void DeliverLocally(IReadOnlyList<TChange> changes)
    {
        var subscriptions = _subscriptions;
        foreach (var change in changes)
        {
            foreach (var subscription in subscriptions)
            {
                if (For(subscription.Audience, change) is { } visible)
                {
                    _ = DeliverAsync(subscription, visible);
                }
            }
        }
    }

    /// <summary>Delivers, until disposed, the changes <paramref name="audience"/> may see.</summary>
    public IDisposable Subscribe(TAudience audience, Func<TChange, Task> onChange)
    {
        var subscription = new Subscription(audience, onChange, this);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    /// <summary>The change as <paramref name="audience"/> may see it, or null when it is none of theirs.</summary>
    protected abstract TChange? For(TAudience audience, TChange change);

    private async Task DeliverAsync(Subscription subscription, TChange change)
    {
        try
        {
            await subscription.OnChange(change);
        }
        catch (Exception ex)
        {
            // A page that failed to refresh must not stop the others; the next change or a reload catches it up.
            logger.LogWarning(ex, "A live {Change} could not be delivered to a page.", typeof(TChange).Name);
        }
    }

    private void Remove(Subscription subscription) => ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private sealed class Subscription(TAudience audience, Func<TChange, Task> onChange, LiveFeed<TChange, TAudience> feed) : IDisposable
    {
        public TAudience Audience { get; } = audience;

        public Func<TChange, Task> OnChange { get; } = onChange;

        public void Dispose() => feed.Remove(this);
    }
}
