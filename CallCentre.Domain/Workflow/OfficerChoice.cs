namespace CallCentre.Domain.Workflow;

/// <summary>An officer a case can be given to, as the picker lists them.</summary>
public sealed record OfficerChoice(string Id, string DisplayName);
