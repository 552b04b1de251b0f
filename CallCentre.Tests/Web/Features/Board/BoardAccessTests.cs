using System.Net;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Board;

/// <summary>The supervisor board through the real app: supervisors and administrators only.</summary>
public sealed class BoardAccessTests(CallCentreWebFactory factory) : IClassFixture<CallCentreWebFactory>
{
    private const string BoardMarker = "data-testid=\"board-intro\"";

    [Theory]
    [InlineData("operator@demo.1111.mn")]
    [InlineData("auditor@demo.1111.mn")]
    [InlineData("officer.usug@demo.1111.mn")]
    [InlineData("head.usug@demo.1111.mn")]
    public async Task OthersAreRefused(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        var response = await client.GetAsync("/board");

        Assert.DoesNotContain(BoardMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [InlineData("supervisor@demo.1111.mn")]
    [InlineData("admin@demo.1111.mn")]
    public async Task SupervisorsAndAdministrators_GetTheBoard(string email)
    {
        var client = await WebSignIn.ClientForAsync(factory, email);

        var response = await client.GetAsync("/board");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BoardMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
