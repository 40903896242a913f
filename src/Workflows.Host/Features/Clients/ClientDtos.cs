using Astra.Workflows.Persistence.Privacy;

namespace Astra.Workflows.Host.Features.Clients;

public sealed record ClientResponse(Guid CaseId, string CaseCode, ClientIdentity Client);

public sealed record ClientSearchHit(Guid CaseId, string CaseCode);

/// <summary>In the body, never the query string: URLs end up in access logs, proxies and browser history.</summary>
public sealed record ClientSearchRequest(string? FullName, string? DocumentNumber);
