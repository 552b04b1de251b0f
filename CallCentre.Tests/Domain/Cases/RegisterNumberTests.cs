using CallCentre.Domain.Cases;

namespace CallCentre.Tests.Domain.Cases;

public sealed class RegisterNumberTests
{
    [Theory]
    [InlineData("УБ99031512", "УБ99031512")]
    [InlineData("уб99031512", "УБ99031512")]
    [InlineData(" ӨҮ 05250101 ", "ӨҮ05250101")]
    [InlineData("АА00222912", "АА00222912")]
    public void TryParse_AcceptsValidNumbers(string text, string expected)
    {
        Assert.True(RegisterNumber.TryParse(text, out var number));
        Assert.Equal(expected, number.Value);
    }

    [Theory]
    [InlineData("UB99031512")]
    [InlineData("У99031512")]
    [InlineData("УБ9903151")]
    [InlineData("УБ99131512")]
    [InlineData("УБ99023012")]
    [InlineData("УБ01022912")]
    [InlineData("УБ9903151A")]
    [InlineData("")]
    public void TryParse_RejectsMalformedNumbersAndImpossibleBirthDates(string text) =>
        Assert.False(RegisterNumber.TryParse(text, out _));

    [Fact]
    public void Masked_HidesTheBirthDate() => Assert.Equal("УБ******12", RegisterNumber.Parse("УБ99031512").Masked);
}
