namespace CallCentre.Domain.Deadlines;

/// <summary>
/// Where one scan's time went, summed over its batches: the candidate queries, the per-batch reads of the cases and their
/// claims, working out what is due and for whom, the inserts, and the commits.
/// </summary>
public sealed record DeadlineScanPhases(TimeSpan Candidates, TimeSpan Reads, TimeSpan Due, TimeSpan Inserts, TimeSpan Commits);
