namespace CallCentre.Web.Features.Notifications;

/// <summary>The <c>Mail</c> settings: the SMTP server notifications are sent through, or a pickup folder in Development.</summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    /// <summary>The SMTP server; empty (and no pickup folder) means e-mail is not set up and stays pending.</summary>
    public string Host { get; init; } = "";

    public int Port { get; init; } = 587;

    /// <summary>TLS: on connect for port 465, STARTTLS otherwise; false only for a relay on the same host or network.</summary>
    public bool UseTls { get; init; } = true;

    /// <summary>Empty: the server takes mail without signing in.</summary>
    public string User { get; init; } = "";

    /// <summary>Never in a settings file: an environment variable (Mail__Password) or a secret store.</summary>
    public string Password { get; init; } = "";

    public string From { get; init; } = "11-11 <no-reply@1111.mn>";

    /// <summary>When set, messages are written as .eml files into this folder (relative to the content root) instead of sent.</summary>
    public string PickupFolder { get; init; } = "";

    /// <summary>The address staff open the app at, for the links in the messages.</summary>
    public string LinkBaseUrl { get; init; } = "http://localhost:5080";

    /// <summary>How many messages one mail run claims at a time.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>After this many failed attempts a message is no longer tried (it stays in-app, with its last error).</summary>
    public int MaxAttempts { get; init; } = 100;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) || !string.IsNullOrWhiteSpace(PickupFolder);
}
