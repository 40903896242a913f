using Astra.Workflows.Modules.Notifications.Contracts;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Astra.Workflows.Modules.Notifications.Email;

/// <summary>
/// One SMTP session. Every step runs under its own deadline as well as MailKit's socket timeout, because a
/// cancellation is the only wait MailKit is sure to honour on every path; a missed deadline is a
/// <see cref="TimeoutException"/> (a transport failure the outbox retries), not a cancellation.
/// </summary>
internal sealed class MailKitSession : IMailSession
{
    private readonly SmtpClient client = new();
    private readonly SmtpOptions settings;

    private MailKitSession(SmtpOptions settings)
    {
        this.settings = settings;
        client.Timeout = (int)Math.Clamp(settings.Timeout.TotalMilliseconds, 1, int.MaxValue);
    }

    public bool IsConnected => client.IsConnected;

    public static async Task<IMailSession> OpenAsync(SmtpOptions settings, CancellationToken cancellationToken)
    {
        var session = new MailKitSession(settings);
        try
        {
            await WithinAsync(settings.ConnectTimeout, "connect", token => session.client.ConnectAsync(settings.Host, settings.Port, ToMailKit(settings.Security), token), cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await WithinAsync(settings.Timeout, "authenticate", token => session.client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, token), cancellationToken);
            }

            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return WithinAsync(settings.Timeout, "send", token => client.SendAsync(message, token), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (client.IsConnected)
        {
            try
            {
                await WithinAsync(settings.Timeout, "quit", token => client.DisconnectAsync(quit: true, token), CancellationToken.None);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The mails are sent; a server that fumbles QUIT changes nothing.
            }
        }

        client.Dispose();
    }

    private static async Task WithinAsync(TimeSpan limit, string step, Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            await action(deadline.Token);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"SMTP {step} took longer than {limit.TotalSeconds:0.#} s.", e);
        }
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
