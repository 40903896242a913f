using Astra.Workflows.Modules.Notifications.Contracts;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Modules.Notifications.Email;

/// <summary>
/// Sends through MailKit with bounded waits (<see cref="SmtpOptions.ConnectTimeout"/>, <see cref="SmtpOptions.Timeout"/>).
/// A single mail gets a fresh session; the outbox opens one session for a batch.
/// </summary>
internal sealed class MailKitMailSender(IOptions<SmtpOptions> options) : IMailSender, IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(cancellationToken);
        await session.SendAsync(mail, cancellationToken);
    }

    public Task<IMailSession> OpenAsync(CancellationToken cancellationToken) => MailKitSession.OpenAsync(options.Value, cancellationToken);
}
