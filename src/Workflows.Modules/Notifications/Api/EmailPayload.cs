namespace Astra.Workflows.Modules.Notifications.Api;

/// <summary>An outbox e-mail, rendered when it was written so what leaves is exactly what was checked.</summary>
public sealed record EmailPayload(string To, string Subject, string Text);
