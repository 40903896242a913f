namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// One audited act. Rows are append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained, so
/// an edit made by someone who bypasses the trigger is still found by <see cref="AuditChainVerifier"/>.
/// Never holds client names or identity data: cases appear by id and pseudonymous code only.
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public Guid? UserId { get; set; }

    public string Action { get; set; } = string.Empty;

    public string Entity { get; set; } = string.Empty;

    public string? EntityId { get; set; }

    public Guid? CaseId { get; set; }

    public string? CaseCode { get; set; }

    public string Outcome { get; set; } = string.Empty;

    public string? ClientIp { get; set; }

    /// <summary>Why an exceptional act (a sharing override) was taken, in staff's words.</summary>
    public string? Reason { get; set; }

    public byte[] PrevHash { get; set; } = [];

    public byte[] Hash { get; set; } = [];
}
