using System.Net;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Queues;

/// <summary>The queues through the real app: supervisors and administrators only.</summary>
public sealed class QueuesAccessTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string QueuesMarker = "data-testid=\"queues-live\"";

    [Theory]
    [InlineData("operator@demo.1111.mn")]
    [InlineData("auditor@demo.1111.mn")]
    [InlineData("officer.usug@demo.1111.mn")]
    [InlineData("head.usug@demo.1111.mn")]
    public async Task OthersAreRefused(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        var response = await client.GetAsync("/queues");

        Assert.DoesNotContain(QueuesMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData("supervisor@demo.1111.mn")]
    [InlineData("admin@demo.1111.mn")]
    public async Task SupervisorsAndAdministrators_GetTheQueues(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        var response = await client.GetAsync("/queues");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(QueuesMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
