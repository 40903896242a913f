namespace Astra.Workflows.Persistence.Legal;

/// <summary>A user's secret calendar feed token; rotating replaces the row, so the old URL stops resolving.</summary>
public sealed class CalendarFeedTokenEntity
{
    public Guid UserId { get; set; }

    public string Token { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
