using System.Globalization;
using System.Net;
using CallCentre.Web.Components;
using Microsoft.Extensions.Localization;

namespace CallCentre.Web.Features.RateLimits;

/// <summary>The answer to a refused request: 429, Retry-After in seconds, and a short page in the visitor's language.</summary>
internal static class TooManyRequests
{
    public static void SetHeaders(HttpResponse response, TimeSpan retryAfter)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The message the sign-in forms and the refusal page show.</summary>
    public static string Message(IStringLocalizer localizer, TimeSpan retryAfter) =>
        localizer["RateLimit.Text", Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))];

    public static async Task WriteAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        SetHeaders(context.Response, retryAfter);
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "mn";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Encode(l["RateLimit.Title"])}</title></head>
            <body><main><h1>{Encode(l["RateLimit.Title"])}</h1><p data-testid="rate-limit-message">{Encode(Message(l, retryAfter))}</p></main></body>
            </html>
            """,
            cancellationToken);
    }

    private static int Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
