using CallCentre.Domain;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Topics;

namespace CallCentre.Tests.Domain.Topics;

public sealed class TopicTests
{
    public static TheoryData<string?> BadCodes => new() { null, "", " ", new string('X', Topic.CodeMaxLength + 1) };

    public static TheoryData<string?> BadNames => new() { null, "", " ", new string('я', Topic.NameMaxLength + 1) };

    [Fact]
    public void Create_Subtopic_KeepsParentDefaultOrganisationAndFlags()
    {
        var cabinet = new Organisation("CABSEC", "ЗГХЭГ", "Cabinet Secretariat", OrganisationKind.Central);
        var government = new Topic("GOV", "Төрийн үйлчилгээ", "Government");

        var conduct = new Topic("GOV-CONDUCT", "Албан хаагчийн ёс зүй", "Official conduct", government, cabinet, isLocal: false, isConfidential: true);

        Assert.Same(government, conduct.Parent);
        Assert.Same(cabinet, conduct.DefaultOrganisation);
        Assert.True(conduct.IsConfidential);
        Assert.False(conduct.IsLocal);
        Assert.True(conduct.IsActive);
    }

    [Fact]
    public void Create_UnderASubtopic_ThrowsBecauseTopicsHaveTwoLevels()
    {
        var utilities = new Topic("UTIL", "Нийтийн аж ахуй", "Utilities");
        var heating = new Topic("UTIL-HEAT", "Дулаан", "Heating", utilities);

        var ex = Assert.Throws<DomainException>(() => new Topic("UTIL-HEAT-RADIATOR", "Радиатор", "Radiators", heating));

        Assert.Equal("Topic.TwoLevelsOnly", ex.MessageKey);
    }

    [Theory]
    [MemberData(nameof(BadCodes))]
    public void Create_WithEmptyOrOverlongCode_Throws(string? code) =>
        Assert.Throws<DomainException>(() => new Topic(code!, "Дулаан", "Heating"));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongMongolianName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new Topic("UTIL", name!, "Utilities"));

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Create_WithEmptyOrOverlongEnglishName_Throws(string? name) =>
        Assert.Throws<DomainException>(() => new Topic("UTIL", "Нийтийн аж ахуй", name!));
}
