using Astra.Workflows.Modules.Notifications.Contracts;

namespace Astra.Workflows.Modules.Notifications.Email;

/// <summary>Opens an SMTP session that sends several mails, so a batch of outbox rows costs one connection.</summary>
public interface IMailTransport
{
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

public interface IMailSession : IAsyncDisposable
{
    /// <summary>False once the server dropped or timed out; mails after that need a new session.</summary>
    bool IsConnected { get; }

    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
