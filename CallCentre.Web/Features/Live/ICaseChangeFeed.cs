using CallCentre.Domain.Cases;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// Tells open pages that cases changed. With several nodes a backplane plugs in behind
/// <see cref="LiveFeed{TChange, TAudience}"/> (it sends in <c>Publish</c> and hands what it receives to
/// <c>DeliverLocally</c>), and every caller of this interface stays unchanged.
/// </summary>
public interface ICaseChangeFeed
{
    /// <summary>Hands the changes to every subscriber allowed to see them; returns at once, never waits for a page.</summary>
    void Publish(IReadOnlyList<CaseChanged> changes);

    /// <summary>
    /// Delivers, until disposed, the changes of the cases <paramref name="visibility"/> covers, before or after the change.
    /// A subscriber who saw a case only before it was re-routed learns that it left, not where it went.
    /// </summary>
    IDisposable Subscribe(CaseVisibility visibility, Func<CaseChanged, Task> onChange);
}
