namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>A hearing as it stands now; every change is also written to <see cref="HearingHistoryEntity"/>.</summary>
public sealed class HearingEntity
{
    public Guid Id { get; set; }

    public Guid ProceedingId { get; set; }

    public Guid CaseId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string? Room { get; set; }

    public string? Notes { get; set; }

    public string Status { get; set; } = LegalStatuses.Scheduled;

    /// <summary>Bumped by every change; alert timers carry the revision they were armed for, so a stale one never fires.</summary>
    public int Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
