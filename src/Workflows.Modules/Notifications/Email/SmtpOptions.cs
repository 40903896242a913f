namespace Astra.Workflows.Modules.Notifications.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

public sealed record SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 25;

    public string From { get; init; } = "AstraWorkflows <no-reply@astra.local>";

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public SmtpSecurity Security { get; init; } = SmtpSecurity.None;

    /// <summary>Longest wait for the TCP connection, TLS and the server's greeting; a server that accepts and never answers fails here.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Longest wait for any one SMTP command (MailKit's default of two minutes held workers for that long).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Hangfire workers that send mail, on their own queue: a slow server occupies these and nothing else.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>Outbox mails handed to one job and sent through one SMTP session.</summary>
    public int MailsPerSession { get; init; } = 20;
}
