namespace Astra.Workflows.Modules.Notifications.Contracts;

/// <summary>
/// One e-mail as it leaves the service. Bodies carry case codes, task titles, due times and links only:
/// never a client's name, health or legal detail.
/// </summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null);
