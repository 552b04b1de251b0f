using CallCentre.Domain.Cases;

namespace CallCentre.SampleData;

/// <summary>Where generated cases are written: through EF Core (any provider, small counts) or in bulk (SQLite, millions).</summary>
public interface ICaseSink : IAsyncDisposable
{
    /// <summary>How many cases are handed over at once.</summary>
    int BatchSize { get; }

    /// <summary>Writes cases in the order given, which is their registration order.</summary>
    Task WriteAsync(IReadOnlyList<Case> cases, CancellationToken cancellationToken);

    /// <summary>Leaves each year's reference counter at the last sequence given, so that the next registration follows on.</summary>
    Task CompleteAsync(IReadOnlyDictionary<int, int> lastSequences, CancellationToken cancellationToken);
}
