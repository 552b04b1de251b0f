using System.Text;

namespace CallCentre.Tests.Support;

public sealed class TotpTests
{
    // RFC 6238 appendix B, SHA-1 seed; the RFC lists 8 digits, authenticator apps show the last 6.
    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(2000000000L, "279037")]
    public void Code_MatchesTheRfc6238TestVectors(long unixSeconds, string expected)
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");

        Assert.Equal(expected, Totp.Code(key, unixSeconds / 30));
    }

    [Fact]
    public void DecodeBase32_IgnoresSpacesAndCase()
    {
        Assert.Equal(Encoding.ASCII.GetBytes("12345678901234567890"), Totp.DecodeBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}
