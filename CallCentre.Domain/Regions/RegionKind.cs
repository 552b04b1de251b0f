namespace CallCentre.Domain.Regions;

/// <summary>Level of an administrative unit: the capital and aimags, their districts and soums, then khoroos and bags.</summary>
public enum RegionKind
{
    Capital,
    Aimag,
    CapitalDistrict,
    Soum,
    Khoroo,
    Bag,
}
