namespace Astra.Workflows.Modules.Platform.Audit;

public sealed record AuditEntryResponse(
    long Id,
    DateTimeOffset At,
    Guid? UserId,
    string Action,
    string Entity,
    string? EntityId,
    Guid? CaseId,
    string? CaseCode,
    string Outcome,
    string? ClientIp,
    string? Reason,
    string Hash);

/// <param name="AnchorRowId">The row the newest anchor names; null when no anchor was written yet.</param>
/// <param name="AnchorProblem">anchor-not-signed, anchored-row-missing or anchored-hash-differs; null when the log matches its anchor.</param>
public sealed record AuditVerificationResponse(bool Intact, long RowsChecked, long? FirstBrokenId, long? AnchorRowId, string? AnchorProblem);

public sealed record AuditAnchorResponse(long RowId, string Hash, DateTimeOffset At, string KeyId, string Mac);
