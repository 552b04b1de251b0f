namespace CallCentre.Web.Features.Reports;

/// <summary>Marker for the strings of the reports page and of the workbooks.</summary>
public sealed class ReportResource;
