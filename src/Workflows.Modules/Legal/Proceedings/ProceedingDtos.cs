namespace Astra.Workflows.Modules.Legal.Proceedings;

public sealed record CreateProceedingRequest(string? Kind, string? Court, string? CourtCaseNumber, string? ClientRole, Guid? LeadLawyerId, IReadOnlyList<Guid>? LawyerIds);

public sealed record ProceedingResponse(
    Guid Id,
    Guid CaseId,
    string CaseCode,
    string Kind,
    string Court,
    string? CourtCaseNumber,
    string ClientRole,
    Guid LeadLawyerId,
    IReadOnlyList<Guid> LawyerIds,
    string Status,
    DateTimeOffset CreatedAt);
