using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;

namespace Astra.Workflows.Modules.Cases.Clients;

public sealed record ClientResponse(Guid CaseId, string CaseCode, ClientIdentity Client);

public sealed record ClientSearchHit(Guid CaseId, string CaseCode);

/// <summary>In the body, never the query string: URLs end up in access logs, proxies and browser history.</summary>
public sealed record ClientSearchRequest(string? FullName, string? DocumentNumber);
