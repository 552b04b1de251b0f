namespace CallCentre.SampleData;

/// <summary>Where a generated call comes from: the capital or an aimag, a capital district if any, and how often.</summary>
internal sealed record SamplePlace(int RegionId, int? DistrictId, string Code, string NameMn, bool InCapital, double Weight);
