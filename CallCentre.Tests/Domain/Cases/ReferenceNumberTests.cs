using CallCentre.Domain;
using CallCentre.Domain.Cases;

namespace CallCentre.Tests.Domain.Cases;

public sealed class ReferenceNumberTests
{
    [Fact]
    public void ToString_IsYearSequenceAndCheckDigit()
    {
        var number = ReferenceNumber.Create(2026, 4821);

        Assert.Matches(@"^26-004821-\d$", number.ToString());
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{1}")]
    [InlineData(" {1} ")]
    [InlineData("{2}")]
    public void TryParse_AcceptsTheNumberWithOrWithoutDashesAndSpaces(string format)
    {
        var number = ReferenceNumber.Create(2026, 4821);
        var canonical = number.ToString();
        var text = string.Format(format, canonical, canonical.Replace("-", ""), canonical.Replace("-", " "));

        Assert.True(ReferenceNumber.TryParse(text, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Fact]
    public void TryParse_RejectsEverySingleMistypedDigit()
    {
        var digits = ReferenceNumber.Create(2026, 4821).ToString().Replace("-", "");
        for (var position = 0; position < digits.Length; position++)
        {
            for (var replacement = '0'; replacement <= '9'; replacement++)
            {
                if (replacement == digits[position])
                {
                    continue;
                }

                var typo = digits[..position] + replacement + digits[(position + 1)..];
                Assert.False(ReferenceNumber.TryParse(typo, out _), $"{typo} was accepted");
            }
        }
    }

    [Fact]
    public void TryParse_RejectsSwappedNeighbouringDigits()
    {
        var digits = ReferenceNumber.Create(2025, 123456).ToString().Replace("-", "");
        for (var position = 0; position < digits.Length - 1; position++)
        {
            if (digits[position] == digits[position + 1])
            {
                continue;
            }

            var swapped = digits[..position] + digits[position + 1] + digits[position] + digits[(position + 2)..];
            Assert.False(ReferenceNumber.TryParse(swapped, out _), $"{swapped} was accepted");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("26-004821")]
    [InlineData("26-0048217-77")]
    [InlineData("2б-004821-7")]
    [InlineData("26/004821/7")]
    public void TryParse_RejectsWrongShapes(string? text) => Assert.False(ReferenceNumber.TryParse(text, out _));

    [Theory]
    [InlineData(1999, 1)]
    [InlineData(2026, 0)]
    [InlineData(2026, 1_000_000)]
    public void Create_OutOfRange_Throws(int year, int sequence) =>
        Assert.Throws<DomainException>(() => ReferenceNumber.Create(year, sequence));
}
