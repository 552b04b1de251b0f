namespace CallCentre.Web.Features.Deadlines;

/// <summary>Marker for the strings of <see cref="DeadlineChip"/>: time left, overdue by, paused.</summary>
public sealed class DeadlineChipResource;
