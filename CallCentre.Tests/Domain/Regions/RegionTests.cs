using CallCentre.Domain;
using CallCentre.Domain.Regions;
using CallCentre.Domain.UseCases;

namespace CallCentre.Tests.Domain.Regions;

public sealed class RegionTests
{
    public static TheoryData<string?> BadCodes => new() { null, "", " ", new string('X', Region.CodeMaxLength + 1) };

    public static TheoryData<string?> BadNames => new() { null, "", " ", new string('я', Region.NameMaxLength + 1) };

    [Fact]
    public void Create_District_TrimsAndKeepsItsCapital()
    {
        var capital = new Region("MN-1", "Улаанбаатар", "Ulaanbaatar", RegionKind.Capital);

        var district = new Region(" UB-BZ ", "Баянзүрх ", "Bayanzürkh", RegionKind.CapitalDistrict, capital);

        Assert.Equal("UB-BZ", district.Code);
        Assert.Equal("Баянзүрх", district.NameMn);
        Assert.Same(capital, district.Parent);
        Assert.Equal("Bayanzürkh", district.Name(Language.English));
    }

    [Theory]
    [MemberData(nameof(BadCodes))]
    public void Create_WithEmptyOrOverlongCode_Throws(string? code) =>
        Assert.Throws<DomainException>(() => new Region(code!, "Төв", "Töv", RegionKind.Aimag));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongMongolianName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new Region("MN-047", name!, "Töv", RegionKind.Aimag));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongEnglishName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new Region("MN-047", "Төв", name!, RegionKind.Aimag));
}
