using CallCentre.Domain.Cases;

namespace CallCentre.Tests.Domain.Cases;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("99112233", "+97699112233")]
    [InlineData("9911-2233", "+97699112233")]
    [InlineData("9911 2233", "+97699112233")]
    [InlineData("+976 9911 2233", "+97699112233")]
    [InlineData("976-99112233", "+97699112233")]
    [InlineData("00976 99112233", "+97699112233")]
    [InlineData("(+976) 88-11-22-33", "+97688112233")]
    [InlineData("70112233", "+97670112233")]
    [InlineData("+7 495 123-45-67", "+74951234567")]
    [InlineData("0086 10 1234 5678", "+861012345678")]
    public void TryParse_NormalisesToE164(string text, string expected)
    {
        Assert.True(PhoneNumber.TryParse(text, out var number));
        Assert.Equal(expected, number.E164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("12345678")]
    [InlineData("9911223")]
    [InlineData("+976 1234 5678")]
    [InlineData("+0123456789")]
    [InlineData("+1234567890123456")]
    [InlineData("9911a2233")]
    [InlineData("99112233 ext 5")]
    public void TryParse_RejectsNumbersThatCannotExist(string text) => Assert.False(PhoneNumber.TryParse(text, out _));

    [Fact]
    public void DisplayAndLastFour_ReadLikeAnOperatorSaysThem()
    {
        var number = PhoneNumber.Parse("+97699112233");

        Assert.Equal("9911-2233", number.ToDisplayString());
        Assert.Equal("2233", number.LastFour);
        Assert.True(number.IsMongolian);
    }
}
