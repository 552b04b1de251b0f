using CallCentre.Domain.Regions;

namespace CallCentre.Domain.Routing;

/// <summary>How topics and places read on the routing page: "Parent › Child".</summary>
internal static class RoutingLabels
{
    public const string Separator = " › ";

    public static string Path(string? parent, string name) => parent is null ? name : parent + Separator + name;

    /// <summary>Places a rule may name: the capital and aimags, and their districts and soums — the two levels a case records.</summary>
    public static bool IsRoutablePlace(RegionKind kind) => kind is RegionKind.Capital or RegionKind.Aimag or RegionKind.CapitalDistrict or RegionKind.Soum;

    public static bool IsDistrictLevel(RegionKind kind) => kind is RegionKind.CapitalDistrict or RegionKind.Soum;
}
