using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCentre.Domain.ReferenceData;

/// <summary>The reference files shipped inside this assembly (copied from shared/reference-data), read as typed records.</summary>
internal static class ReferenceFiles
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    public static RegionsFile Regions() => Read<RegionsFile>("regions.json");

    public static OrganisationsFile Organisations() => Read<OrganisationsFile>("organizations.json");

    public static CategoriesFile Categories() => Read<CategoriesFile>("categories.json");

    public static HolidaysFile Holidays() => Read<HolidaysFile>("holidays.json");

    private static T Read<T>(string name)
    {
        using var stream = typeof(ReferenceFiles).Assembly.GetManifestResourceStream("CallCentre.ReferenceData." + name)
            ?? throw new InvalidOperationException($"Reference file {name} is not embedded in the assembly.");
        return JsonSerializer.Deserialize<T>(stream, _json) ?? throw new InvalidOperationException($"Reference file {name} is empty.");
    }
}

internal sealed record RegionsFile(IReadOnlyList<RegionEntry> Regions);

internal sealed record RegionEntry(string Code, string Mn, string En, string Kind, IReadOnlyList<RegionEntry>? Districts);

internal sealed record OrganisationsFile(IReadOnlyList<OrganisationEntry> Organizations);

internal sealed record OrganisationEntry(string Code, string Kind, string Mn, string En, string? Parent);

internal sealed record CategoriesFile(IReadOnlyList<CategoryEntry> Categories);

internal sealed record CategoryEntry(
    string Code,
    string Mn,
    string En,
    string? Org,
    bool Local,
    bool Confidential,
    IReadOnlyList<CategoryEntry>? Children);

internal sealed record HolidaysFile(IReadOnlyList<FixedHolidayEntry> Fixed, IReadOnlyDictionary<string, HolidayYearEntry> Years);

internal sealed record FixedHolidayEntry(int Month, int Day, string Mn, string En);

internal sealed record HolidayYearEntry(
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> Working,
    [property: JsonPropertyName("note")] string? Note);
