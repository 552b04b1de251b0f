using System.Text.Json;
using System.Text.Json.Serialization;

namespace CallCentre.Domain.ReferenceData;

/// <summary>
/// The four reference files the seeder reads, as typed records. <see cref="Embedded"/> are the files shipped inside this
/// assembly (copied from shared/reference-data); <see cref="From"/> reads others, e.g. a newer release's in a test.
/// </summary>
public sealed class ReferenceFiles
{
    public const string RegionsFileName = "regions.json";
    public const string OrganisationsFileName = "organizations.json";
    public const string CategoriesFileName = "categories.json";
    public const string HolidaysFileName = "holidays.json";

    private const string ResourcePrefix = "CallCentre.ReferenceData.";
    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    private readonly Func<string, Stream> _open;

    private ReferenceFiles(Func<string, Stream> open) => _open = open;

    /// <summary>The files shipped inside this assembly.</summary>
    public static ReferenceFiles Embedded { get; } = new(OpenEmbedded);

    /// <summary>Files read through <paramref name="open"/>, which is given a file name such as <see cref="RegionsFileName"/>.</summary>
    public static ReferenceFiles From(Func<string, Stream> open) => new(open);

    /// <summary>Opens one of the shipped files by name.</summary>
    public static Stream OpenEmbedded(string name) =>
        typeof(ReferenceFiles).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"Reference file {name} is not embedded in the assembly.");

    internal RegionsFile Regions() => Read<RegionsFile>(RegionsFileName);

    internal OrganisationsFile Organisations() => Read<OrganisationsFile>(OrganisationsFileName);

    internal CategoriesFile Categories() => Read<CategoriesFile>(CategoriesFileName);

    internal HolidaysFile Holidays() => Read<HolidaysFile>(HolidaysFileName);

    private T Read<T>(string name)
    {
        using var stream = _open(name);
        try
        {
            return JsonSerializer.Deserialize<T>(stream, _json) ?? throw new InvalidOperationException($"Reference file {name} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Reference file {name} cannot be read: {ex.Message}", ex);
        }
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
