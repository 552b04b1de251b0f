namespace CallCentre.Web.Features.Intake;

/// <summary>Marker for the intake screen's strings (IntakeResource.resx and .mn.resx).</summary>
public sealed class IntakeResource;
