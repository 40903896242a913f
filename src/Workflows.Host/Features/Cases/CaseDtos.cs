namespace Astra.Workflows.Host.Features.Cases;

public sealed record CreateCaseRequest(string? Phase);

public sealed record CaseResponse(Guid Id, string Code, string Phase, DateTimeOffset OpenedAt);

public sealed record CaseInstanceSummary(Guid Id, string DefinitionId, int Version, string Status, DateTimeOffset CreatedAt);

public sealed record CaseDetailResponse(Guid Id, string Code, string Phase, DateTimeOffset OpenedAt, IReadOnlyList<CaseInstanceSummary> Instances);
