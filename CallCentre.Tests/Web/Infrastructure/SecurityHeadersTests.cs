using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Infrastructure;

/// <summary>Every response carries the headers that keep pages out of frames, stop MIME sniffing and limit what a page may load.</summary>
public sealed class SecurityHeadersTests : IClassFixture<CallCentreWebFactory>
{
    private readonly CallCentreWebFactory _factory;

    public SecurityHeadersTests(CallCentreWebFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/assets/brand.css")]
    [InlineData("/no-such-page")]
    public async Task Response_CarriesTheSecurityHeaders(string path)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode}).");
}
