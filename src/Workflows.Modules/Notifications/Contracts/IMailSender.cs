namespace Astra.Workflows.Modules.Notifications.Contracts;

/// <summary>Delivers one e-mail; throws when the server refuses or cannot be reached, so the outbox can retry.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
