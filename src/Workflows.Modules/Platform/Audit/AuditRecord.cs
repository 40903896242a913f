namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>What a caller audits; time, chain and id are added by <see cref="AuditTrail"/>.</summary>
public sealed record AuditRecord(
    Guid? UserId,
    string Action,
    string Entity,
    string? EntityId,
    Guid? CaseId,
    string? CaseCode,
    string Outcome,
    string? ClientIp,
    string? Reason = null);
