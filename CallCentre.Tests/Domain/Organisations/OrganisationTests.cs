using CallCentre.Domain;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Regions;

namespace CallCentre.Tests.Domain.Organisations;

public sealed class OrganisationTests
{
    public static TheoryData<string?> BadCodes => new() { null, "", "   ", new string('X', Organisation.CodeMaxLength + 1) };

    public static TheoryData<string?> BadNames => new() { null, "", "  ", new string('я', Organisation.NameMaxLength + 1) };

    [Fact]
    public void Create_WithValidValues_TrimsAndKeepsParentAndRegion()
    {
        var city = new Organisation("CGO", "Нийслэлийн ЗДТГ", "Capital City Governor's Office", OrganisationKind.Municipal);
        var district = new Region("UB-SH", "Сонгинохайрхан", "Songinokhairkhan", RegionKind.CapitalDistrict);

        var office = new Organisation(" GOV-UB-SH ", " Сонгинохайрхан дүүргийн ЗДТГ ", "Songinokhairkhan District Governor's Office", OrganisationKind.DistrictGovernor, city, district);

        Assert.Equal("GOV-UB-SH", office.Code);
        Assert.Equal("Сонгинохайрхан дүүргийн ЗДТГ", office.NameMn);
        Assert.Same(city, office.Parent);
        Assert.Same(district, office.Region);
        Assert.True(office.IsActive);
    }

    [Fact]
    public void Create_WithLongestAllowedCodeAndName_Succeeds()
    {
        var organisation = new Organisation(new string('X', Organisation.CodeMaxLength), new string('я', Organisation.NameMaxLength), "Name", OrganisationKind.Agency);

        Assert.Equal(Organisation.CodeMaxLength, organisation.Code.Length);
    }

    [Theory]
    [MemberData(nameof(BadCodes))]
    public void Create_WithEmptyOrOverlongCode_Throws(string? code) =>
        Assert.Throws<DomainException>(() => new Organisation(code!, "Яам", "Ministry", OrganisationKind.Ministry));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongMongolianName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new Organisation("MIN", name!, "Ministry", OrganisationKind.Ministry));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongEnglishName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new Organisation("MIN", "Яам", name!, OrganisationKind.Ministry));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Rename_WithEmptyOrOverlongName_ThrowsAndKeepsTheOldName(string? name)
    {
        var organisation = new Organisation("MIN", "Яам", "Ministry", OrganisationKind.Ministry);

        Assert.Throws<DomainException>(() => organisation.Rename(name!, "Ministry"));

        Assert.Equal("Яам", organisation.NameMn);
    }

    [Fact]
    public void Deactivate_ThenActivate_TogglesIsActive()
    {
        var organisation = new Organisation("MIN", "Яам", "Ministry", OrganisationKind.Ministry);

        organisation.Deactivate();
        Assert.False(organisation.IsActive);
        organisation.Activate();
        Assert.True(organisation.IsActive);
    }
}
