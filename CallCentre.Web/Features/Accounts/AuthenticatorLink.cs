using System.Text;
using QRCoder;

namespace CallCentre.Web.Features.Accounts;

/// <summary>The otpauth:// link an authenticator app reads, its QR code, and the key grouped for typing by hand.</summary>
internal static class AuthenticatorLink
{
    public const string Issuer = "CallCentre 11-11";

    public static string Uri(string account, string key) =>
        $"otpauth://totp/{Escape(Issuer)}:{Escape(account)}?secret={key}&issuer={Escape(Issuer)}&digits=6";

    /// <summary>The QR code as an SVG data URI for an img tag: drawn on the server, and the CSP allows data: images but no scripts.</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        using var code = new SvgQRCode(data);
        var svg = code.GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>"ABCDEFGH..." as "abcd efgh ...": easier to read out and type.</summary>
    public static string GroupKey(string key)
    {
        var groups = key.Chunk(4).Select(chunk => new string(chunk));
        return string.Join(' ', groups).ToLowerInvariant();
    }

    private static string Escape(string value) => System.Uri.EscapeDataString(value);
}
