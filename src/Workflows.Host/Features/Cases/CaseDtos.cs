using Astra.Workflows.Persistence.Privacy;

namespace Astra.Workflows.Host.Features.Cases;

/// <summary><paramref name="Client"/> is optional: anonymous contacts open cases too.</summary>
public sealed record CreateCaseRequest(string? Phase, ClientIdentity? Client);

public sealed record CaseResponse(Guid Id, string Code, string Phase, DateTimeOffset OpenedAt);

public sealed record CaseInstanceSummary(Guid Id, string DefinitionId, int Version, string Status, DateTimeOffset CreatedAt);

public sealed record CaseDetailResponse(Guid Id, string Code, string Phase, DateTimeOffset OpenedAt, IReadOnlyList<CaseInstanceSummary> Instances);
