using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CallCentre.Web.Features.Notifications;

/// <summary>An open way out for messages: one SMTP connection for a whole batch, or the Development pickup folder.</summary>
public interface IMailConnection : IAsyncDisposable
{
    /// <summary>Returns once the server accepted the message (or the file is written); throws otherwise.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Opens <see cref="IMailConnection"/>s as the <c>Mail</c> settings say: the pickup folder when set, else SMTP through MailKit.</summary>
public sealed class MailTransport(IOptions<MailSettings> options, IHostEnvironment environment, TimeProvider clock)
{
    public async Task<IMailConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.PickupFolder))
        {
            var folder = Path.Combine(environment.ContentRootPath, settings.PickupFolder);
            Directory.CreateDirectory(folder);
            return new PickupFolderConnection(folder, clock);
        }

        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = !settings.UseTls ? SecureSocketOptions.None : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await client.AuthenticateAsync(settings.User, settings.Password, cancellationToken);
            }

            return new SmtpConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class SmtpConnection(SmtpClient client) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(true, CancellationToken.None);
                }
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or MailKit.CommandException)
            {
                // Everything sent was already accepted; a QUIT that fails changes nothing.
            }
            finally
            {
                client.Dispose();
            }
        }
    }

    private sealed class PickupFolderConnection(string folder, TimeProvider clock) : IMailConnection
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            // Written under a temporary name and renamed, so that a reader of the folder never sees half a message.
            var name = $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}";
            var temporary = Path.Combine(folder, name + ".tmp");
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
