using System.Net;
using System.Text.RegularExpressions;
using CallCentre.Tests.Support;
using CallCentre.Web.Features.Accounts;

namespace CallCentre.Tests.Web.Features.Intake;

public sealed partial class IntakeAccessTests : IClassFixture<CallCentreWebFactory>
{
    private const string IntakeFormMarker = "data-testid=\"intake-form\"";
    private readonly CallCentreWebFactory _factory;

    public IntakeAccessTests(CallCentreWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/intake");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnAgencyOfficer_DoesNotGetTheIntakeForm()
    {
        var client = await SignedInClientAsync("officer.usug@demo.1111.mn");

        var response = await client.GetAsync("/intake");

        Assert.DoesNotContain(IntakeFormMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task AnOperator_GetsTheIntakeForm()
    {
        var client = await SignedInClientAsync("operator@demo.1111.mn");

        var response = await client.GetAsync("/intake");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(IntakeFormMarker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenValue(form, "__RequestVerificationToken"),
            ["_handler"] = HiddenValue(form, "_handler"),
            ["Input.Email"] = email,
            ["Input.Password"] = DemoAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        return client;
    }

    private static string HiddenValue(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            if (input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal) && ValueAttribute().Match(input.Value) is { Success: true } value)
            {
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"No hidden input {name} in the sign-in form.");
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
