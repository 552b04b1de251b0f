namespace CallCentre.Web.Features.Admin.Calendar;

/// <summary>Marker for the strings of the administrators' business calendar page and the calendar rules' messages.</summary>
public sealed class CalendarAdminResource;
