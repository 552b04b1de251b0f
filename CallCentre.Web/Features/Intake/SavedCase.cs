namespace CallCentre.Web.Features.Intake;

/// <summary>The case just registered, as shown for reading back to the caller.</summary>
public sealed record SavedCase(string Reference, string? OrganisationName, bool ClosedOnCall);
