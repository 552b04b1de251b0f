namespace CallCentre.SampleData;

/// <summary>A second-level topic calls are generated for, with its reference-data flags.</summary>
internal sealed record SampleTopic(int Id, string Code, string NameMn, bool IsLocal, bool IsConfidential);
