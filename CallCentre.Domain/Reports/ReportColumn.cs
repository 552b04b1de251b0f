namespace CallCentre.Domain.Reports;

/// <summary>One column of a report sheet: its heading (already in the requester's language), type and width in characters.</summary>
public sealed record ReportColumn(string Heading, ColumnKind Kind, double Width);
