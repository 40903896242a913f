namespace Astra.Workflows.Modules.Notifications.Api;

public sealed record NotificationOptions
{
    /// <summary>Delivery attempts before an e-mail is dead-lettered.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Delay before the second attempt; doubles with each further one.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(30);
}
