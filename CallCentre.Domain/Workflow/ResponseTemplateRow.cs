namespace CallCentre.Domain.Workflow;

/// <summary>A response template as lists and pickers show it.</summary>
public sealed record ResponseTemplateRow(int Id, int OrganisationId, string Title, string Text, DateTime UpdatedAtUtc);
