using System.Net;
using System.Text.RegularExpressions;
using CallCentre.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CallCentre.Tests.Web.Infrastructure;

/// <summary>Outside Development: HTTPS only, HSTS, and failures shown as a friendly page with a reference instead of internals.</summary>
public sealed partial class ProductionPipelineTests : IDisposable
{
    private readonly CallCentreWebFactory _factory = new() { EnvironmentName = "Production" };
    private readonly CapturingLoggerProvider _logs = new();
    private readonly WebApplicationFactory<Program> _app;

    public ProductionPipelineTests()
    {
        // Behind Kestrel the HTTPS port comes from its endpoints; the in-memory server has none, so say it.
        _factory.Settings["https_port"] = "443";
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ThrowingEndpoint>();

            // The failing path is no endpoint of the access table, so its fallback policy would send this anonymous
            // request to sign in before it fails; these tests are about the error page, so they lift the fallback.
            services.PostConfigure<AuthorizationOptions>(o => o.FallbackPolicy = null);
            services.AddSingleton<ILoggerProvider>(_logs);
        }));
    }

    [Fact]
    public async Task HttpsRequest_GetsHsts()
    {
        var client = Client("https://callcentre.example");

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);
        Assert.Contains("includeSubDomains", hsts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpRequest_IsRedirectedToHttps()
    {
        var client = Client("http://callcentre.example");

        var response = await client.GetAsync("/Account/Login?returnUrl=%2F");

        Assert.True(
            response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect or HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently,
            $"Expected a redirect, got {(int)response.StatusCode}.");
        Assert.Equal(new Uri("https://callcentre.example/Account/Login?returnUrl=%2F"), response.Headers.Location);
    }

    [Fact]
    public async Task Failure_ShowsACorrelationIdAndNoInternals()
    {
        var client = Client("https://callcentre.example");

        var response = await client.GetAsync(ThrowingEndpoint.Path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var correlation = CorrelationId().Match(html);
        Assert.True(correlation.Success, "No correlation id on the error page:\n" + html);
        Assert.DoesNotContain(ThrowingEndpoint.SecretDetail, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), html);
    }

    [Fact]
    public async Task Failure_CorrelationIdOnThePage_IsTheTraceIdOfTheLoggedError()
    {
        var client = Client("https://callcentre.example");

        var html = await (await client.GetAsync(ThrowingEndpoint.Path)).Content.ReadAsStringAsync();
        var shown = CorrelationId().Match(html).Groups["id"].Value;

        var logged = _logs.Entries.Where(e => e.Level >= LogLevel.Error && e.Exception?.Message == ThrowingEndpoint.SecretDetail).ToList();
        Assert.NotEmpty(logged);
        Assert.Contains(logged, e => e.TraceId == shown);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _logs.Dispose();
    }

    [GeneratedRegex("""data-testid="correlation-id"[^>]*>(?<id>[0-9a-f]{32})<""")]
    private static partial Regex CorrelationId();

    [GeneratedRegex(@"\bat [A-Z][\w.]+\.\w+\(")]
    private static partial Regex StackFrame();

    private HttpClient Client(string origin) => _app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri(origin) });
}
