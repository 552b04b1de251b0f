using System.Globalization;
using System.Text;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Inbox;
using CallCentre.Domain.Notifications;
using CallCentre.Domain.UseCases;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CallCentre.Web.Features.Notifications;

/// <summary>
/// Writes the e-mail for one notification in its recipient's language (their <see cref="ApplicationUser.PreferredCulture"/>):
/// the same line the bell shows, a link to the case and to the settings. A digest lists their open, due-soon and overdue
/// cases as they stand when it is written, read through the inbox query and so only within what the recipient may see.
/// </summary>
public sealed class NotificationMail(
    NotificationText text,
    IStringLocalizer<NotificationResource> strings,
    GetInbox inbox,
    IOptions<MailSettings> settings,
    IOptions<InboxSettings> inboxSettings)
{
    /// <summary>How many references of each digest list the mail spells out.</summary>
    public const int DigestListLength = 10;

    public async Task<MimeMessage> ComposeAsync(MailItem item, CancellationToken cancellationToken)
    {
        var language = Cultures.IsSupported(item.Culture) ? Language.FromCode(item.Culture) : Language.Mongolian;
        var digest = item.Kind == NotificationKind.DailyDigest ? await ReadDigestAsync(item, language, cancellationToken) : null;
        var (subject, body) = InCulture(CultureInfo.GetCultureInfo(language.Code), () => digest is null ? Notice(item) : Digest(item, digest));

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.Value.From));
        message.To.Add(new MailboxAddress(item.RecipientName, item.Email));
        message.Subject = subject;
        message.Headers.Add(HeaderId.ContentLanguage, language.Code);

        // The same id on a resend (see NotificationMailJob), so that mail clients can tell it is one message.
        message.MessageId = $"notification-{item.Id}@{MailHost}";
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    private string BaseUrl => settings.Value.LinkBaseUrl.TrimEnd('/');

    private string MailHost => MailboxAddress.TryParse(settings.Value.From, out var from) && from.Domain is { Length: > 0 } domain ? domain : "callcentre";

    private (string Subject, string Body) Notice(MailItem item)
    {
        var line = text.Of(item.Kind, item.CaseReference, item.Level, item.DeadlineUtc, item.CreatedAtUtc);
        var body = new StringBuilder()
            .AppendLine(Format("Mail.Greeting", item.RecipientName))
            .AppendLine()
            .AppendLine(line)
            .AppendLine()
            .AppendLine(Format("Mail.OpenCase", BaseUrl + NotificationText.Link(item.Kind, item.CaseId)));
        return (line, Footer(body));
    }

    private (string Subject, string Body) Digest(MailItem item, DigestContent digest)
    {
        var day = NotificationText.Day(item.CreatedAtUtc);
        var subject = Format("Mail.Digest.Subject", day, digest.Open, digest.DueSoon.Total, digest.Overdue.Total);
        var body = new StringBuilder()
            .AppendLine(Format("Mail.Greeting", item.RecipientName))
            .AppendLine()
            .AppendLine(strings["Mail.Digest.Intro"])
            .AppendLine(Format("Mail.Digest.Open", digest.Open));
        AppendList(body, "Mail.Digest.Overdue", digest.Overdue);
        AppendList(body, "Mail.Digest.DueSoon", digest.DueSoon);
        body.AppendLine().AppendLine(Format("Mail.Digest.Inbox", BaseUrl + "/inbox"));
        return (subject, Footer(body));
    }

    private void AppendList(StringBuilder body, string key, DigestList list)
    {
        body.AppendLine().AppendLine(Format(key, list.Total));
        foreach (var row in list.Rows)
        {
            var due = row.RespondByUtc is { } utc ? NotificationText.Local(utc) : strings["Text.NoDeadline"].Value;
            body.AppendLine("- " + Format("Mail.Digest.Line", row.Reference, due) + "  " + BaseUrl + $"/cases/{row.Id}");
        }

        if (list.Total > list.Rows.Count)
        {
            body.AppendLine(Format("Mail.Digest.More", list.Total - list.Rows.Count));
        }
    }

    private string Footer(StringBuilder body) =>
        body.AppendLine().AppendLine("--").AppendLine(Format("Mail.Footer", BaseUrl + NotificationPreferencesPage.Path)).ToString();

    private string Format(string key, params object[] arguments) => string.Format(CultureInfo.CurrentCulture, strings[key], arguments);

    private async Task<DigestContent> ReadDigestAsync(MailItem item, Language language, CancellationToken cancellationToken)
    {
        var actor = new Actor(item.RecipientId, item.RecipientName, item.Roles, item.OrganisationId);
        var input = new GetInboxInput
        {
            Group = InboxGroup.Overdue,
            Scope = actor.IsIn(Roles.AgencyHead) ? InboxScope.Organisation : InboxScope.Mine,
            DueSoonDays = inboxSettings.Value.DueSoonDays,
            PageSize = DigestListLength,
            Language = language,
        };
        var overdue = await inbox.RunAsync(input, actor, cancellationToken);
        var dueSoon = await inbox.RunAsync(input with { Group = InboxGroup.DueSoon }, actor, cancellationToken);
        var open = overdue.CountOf(InboxGroup.ToAcknowledge) + overdue.CountOf(InboxGroup.InProgress) + overdue.CountOf(InboxGroup.AwaitingCitizen);
        return new DigestContent(
            open,
            new DigestList(overdue.CountOf(InboxGroup.Overdue), overdue.Rows),
            new DigestList(dueSoon.CountOf(InboxGroup.DueSoon), dueSoon.Rows));
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> render)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    private sealed record DigestContent(int Open, DigestList Overdue, DigestList DueSoon);

    private sealed record DigestList(int Total, IReadOnlyList<InboxRow> Rows);
}
