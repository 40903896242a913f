namespace Astra.Workflows.Host.Adapters.Email;

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
}
