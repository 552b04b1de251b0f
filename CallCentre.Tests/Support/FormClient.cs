using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CallCentre.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace CallCentre.Tests.Support;

/// <summary>
/// Talks to the app like a browser without scripts: keeps cookies, follows no redirect by itself, and posts a page's form
/// back with its hidden fields (antiforgery token, Blazor's <c>_handler</c>) and the values the test types in.
/// </summary>
public sealed class FormClient : IDisposable
{
    public const string AuthCookie = "CallCentre.Auth";
    public const string CultureCookie = ".AspNetCore.Culture";

    private static readonly Uri _baseAddress = new("http://localhost/");
    private readonly HttpClient _http;

    /// <param name="culture">e.g. "en-GB": starts with the culture cookie the language switch would have left.</param>
    public FormClient(WebApplicationFactory<Program> factory, string? culture = null)
    {
        if (culture is not null)
        {
            Cookies.Add(_baseAddress, new Cookie(CultureCookie, $"c={culture}|uic={culture}"));
        }

        _http = factory.CreateDefaultClient(_baseAddress, new CookieContainerHandler(Cookies));
    }

    public CookieContainer Cookies { get; } = new();

    public string? CookieValue(string name) =>
        Cookies.GetCookies(_baseAddress)[name]?.Value is { } value ? Uri.UnescapeDataString(value) : null;

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<IHtmlDocument> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    /// <summary>Opens <paramref name="path"/> and submits its form named <paramref name="formName"/> with <paramref name="fields"/> filled in.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, IReadOnlyDictionary<string, string>? fields = null) =>
        await SubmitAsync(await GetPageAsync(path), path, formName, fields);

    /// <summary>Submits a form of a page already loaded from <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string path, string formName, IReadOnlyDictionary<string, string>? fields = null)
    {
        var form = page.Forms.FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"{path} has no form named {formName}; it has: {string.Join(", ", page.QuerySelectorAll("input[name='_handler']").Select(i => i.GetAttribute("value")))}");
        var values = form.QuerySelectorAll("input[type='hidden']").OfType<IHtmlInputElement>()
            .Where(input => !string.IsNullOrEmpty(input.Name))
            .ToDictionary(input => input.Name!, input => input.Value);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            Assert.True(form.QuerySelector($"[name='{name}']") is not null, $"the form {formName} on {path} has no field {name}");
            values[name] = value;
        }

        // Blazor's forms have no action: the browser posts them back to the address of the page.
        var action = form.GetAttribute("action") is { Length: > 0 } explicitAction ? explicitAction : path;
        using var content = new FormUrlEncodedContent(values);
        return await _http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public Task<HttpResponseMessage> PostSignInAsync(string email, string password, string path = "/Account/Login") =>
        SubmitAsync(path, "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Signs in and checks that it worked (no second factor).</summary>
    public async Task SignInAsync(string email, string password = DemoAccounts.Password)
    {
        using var response = await PostSignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}");
        Assert.NotNull(CookieValue(AuthCookie));
    }

    /// <summary>Signs in with password and the current code of the authenticator holding <paramref name="authenticatorKey"/>.</summary>
    public async Task SignInWithAuthenticatorAsync(string email, string password, string authenticatorKey)
    {
        using var passwordStep = await PostSignInAsync(email, password);
        Assert.Equal("/Account/LoginWith2fa", RedirectTarget(passwordStep)?.Split('?')[0]);
        using var codeStep = await SubmitAsync("/Account/LoginWith2fa", "login-with-2fa", new Dictionary<string, string>
        {
            ["Input.TwoFactorCode"] = Totp.Code(authenticatorKey, DateTimeOffset.UtcNow),
        });
        Assert.True(codeStep.StatusCode == HttpStatusCode.Redirect, $"the second step for {email} answered {(int)codeStep.StatusCode}");
        Assert.NotNull(CookieValue(AuthCookie));
    }

    /// <summary>The path and query a redirect points to, whether the Location is absolute or relative.</summary>
    public static string? RedirectTarget(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? new Uri(_baseAddress, location).PathAndQuery : null;

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public void Dispose() => _http.Dispose();
}
