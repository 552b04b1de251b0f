using System.Net;
using System.Text.RegularExpressions;

namespace CallCentre.Tests.Support;

/// <summary>Reads the hidden fields (antiforgery token, Blazor form handler) of a server-rendered form.</summary>
public static partial class HtmlForms
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public static Dictionary<string, string> HiddenFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in HiddenInput().Matches(html))
        {
            var name = Attribute(input.Value, "name");
            if (name is not null)
            {
                fields.TryAdd(name, WebUtility.HtmlDecode(Attribute(input.Value, "value") ?? ""));
            }
        }

        return fields;
    }

    /// <summary>Signs in through the real sign-in form; the client keeps the cookies.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/Account/Login");
        var fields = HiddenFields(page);
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields));
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\b" + name + "=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<input\b[^>]*\btype="hidden"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
