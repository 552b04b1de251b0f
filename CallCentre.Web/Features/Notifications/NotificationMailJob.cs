using System.Net.Sockets;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Notifications;
using Hangfire;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace CallCentre.Web.Features.Notifications;

/// <summary>
/// Sends pending notification e-mails in batches. A message is marked sent only after the server accepted it; when
/// the server cannot be reached or refuses, the failure is recorded on the message (attempts, error), it stays pending,
/// and the run fails so that the jobs dashboard shows it; the next scheduled run tries again. Each batch is claimed
/// first (<see cref="ClaimPendingMail"/>), so two runners never send the same message. The one way a message goes twice:
/// the process dies between the server's acceptance and the save that marks it sent; its claim lapses and a later run
/// sends it again, with the same Message-Id, so mail clients can recognise it.
/// </summary>
public sealed class NotificationMailJob(
    ClaimPendingMail claim,
    RecordMailOutcome record,
    NotificationMail mail,
    MailTransport transport,
    IOptions<MailSettings> options,
    ILogger<NotificationMailJob> logger)
{
    public const string Id = "notification-mail";

    /// <summary>Long enough for a batch over a slow server; a run that died frees its messages after this.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    // No Hangfire retries of its own: the schedule runs it again within a minute, and a failed run stays visible.
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            logger.LogWarning("E-mail is not set up (Mail:Host or Mail:PickupFolder): notifications stay in-app and their e-mails pending.");
            return 0;
        }

        var sent = 0;
        IMailConnection? connection = null;
        try
        {
            while (true)
            {
                var batch = await claim.RunAsync(new ClaimPendingMailInput(settings.BatchSize, ClaimLease, settings.MaxAttempts), Actor.System, cancellationToken);
                if (batch.Items.Count == 0)
                {
                    return sent;
                }

                if (connection is null)
                {
                    try
                    {
                        connection = await transport.OpenAsync(cancellationToken);
                    }
                    catch (Exception ex) when (IsMailFailure(ex))
                    {
                        await record.RunAsync(new RecordMailOutcomeInput(batch.ClaimId, batch.Items.Select(i => new MailOutcome(i.Id, Describe(ex))).ToList()), Actor.System, CancellationToken.None);
                        throw new MailDeliveryException($"The mail server {settings.Host}:{settings.Port} could not be reached; {batch.Items.Count} message(s) stay pending.", ex);
                    }
                }

                var failed = await SendBatchAsync(connection, batch, cancellationToken);
                sent += batch.Items.Count - failed;
                if (failed > 0)
                {
                    throw new MailDeliveryException($"{failed} message(s) could not be sent and stay pending; see their last error.");
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            if (sent > 0)
            {
                logger.LogInformation("Sent {Count} notification e-mail(s)", sent);
            }
        }
    }

    private async Task<int> SendBatchAsync(IMailConnection connection, ClaimedMail batch, CancellationToken cancellationToken)
    {
        var failed = 0;
        for (var index = 0; index < batch.Items.Count; index++)
        {
            var item = batch.Items[index];
            var message = await mail.ComposeAsync(item, cancellationToken);
            try
            {
                await connection.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (IsMailFailure(ex))
            {
                logger.LogWarning(ex, "Notification {NotificationId} could not be e-mailed", item.Id);
                if (ex is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted })
                {
                    // This message was refused; the connection still serves the others.
                    failed++;
                    await record.RunAsync(new RecordMailOutcomeInput(batch.ClaimId, [new MailOutcome(item.Id, Describe(ex))]), Actor.System, CancellationToken.None);
                    continue;
                }

                // The connection is gone: nothing else of the batch is sent this run.
                var rest = batch.Items.Skip(index).Select(i => new MailOutcome(i.Id, Describe(ex))).ToList();
                await record.RunAsync(new RecordMailOutcomeInput(batch.ClaimId, rest), Actor.System, CancellationToken.None);
                return failed + rest.Count;
            }

            // Recorded one by one: a crash loses at most this message's "sent" mark, never the others'.
            await record.RunAsync(new RecordMailOutcomeInput(batch.ClaimId, [new MailOutcome(item.Id, null)]), Actor.System, CancellationToken.None);
        }

        return failed;
    }

    private static bool IsMailFailure(Exception ex) =>
        ex is IOException or SocketException or TimeoutException or ProtocolException or CommandException or MailKit.Security.AuthenticationException or UnauthorizedAccessException;

    private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
}
