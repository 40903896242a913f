namespace Astra.Workflows.Host.Features.Audit;

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

public sealed record AuditVerificationResponse(bool Intact, long RowsChecked, long? FirstBrokenId);
