using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CallCentre.Tests.Support;

/// <summary>Signs a demo account in through the real login form (antiforgery token and form handler included).</summary>
public static partial class WebSignIn
{
    public const string DemoPassword = "demo-password-1111";

    public static async Task<HttpClient> ClientForAsync(WebApplicationFactory<Program> factory, string email)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/Account/Login");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HiddenValue(page, "__RequestVerificationToken"),
            ["_handler"] = HiddenValue(page, "_handler"),
            ["Input.Email"] = email,
            ["Input.Password"] = DemoPassword,
        };
        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(form));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in {email} answered {(int)response.StatusCode}, not a redirect.");
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("CallCentre.Auth", StringComparison.Ordinal));
        return client;
    }

    private static string HiddenValue(string page, string name)
    {
        foreach (Match input in InputTag().Matches(page))
        {
            if (input.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal) && ValueAttribute().Match(input.Value) is { Success: true } value)
            {
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"The sign-in page has no hidden field {name}.");
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
