namespace CallCentre.Domain.UseCases;

/// <summary>What every paged query answers: the rows of one page and how many match in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Rows, int TotalCount);
