using CallCentre.Domain.Cases;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// Tells open pages that cases changed. This is the seam where a backplane plugs in when the app runs on several nodes:
/// an implementation that also sends each change to Redis pub/sub or a SQL Server table and delivers the other nodes'
/// changes to its local subscribers keeps every caller of this interface unchanged.
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
