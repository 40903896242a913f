using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;

namespace Astra.Workflows.Modules.Cases.Clients;

public sealed record ClientResponse(Guid CaseId, string CaseCode, ClientIdentity Client);

public sealed record ClientSearchHit(Guid CaseId, string CaseCode);

/// <summary>In the body, never the query string: URLs end up in access logs, proxies and browser history.</summary>
public sealed record ClientSearchRequest(string? FullName, string? DocumentNumber);

/// <summary>Why the identity is revealed, kept in the audit row; in the body so it stays out of access logs.</summary>
public sealed record RevealClientRequest(string? Reason);

/// <summary><see cref="Change"/> is <c>recorded</c> (there was none) or <c>corrected</c>; the identity itself is not echoed.</summary>
public sealed record RecordClientResponse(Guid CaseId, string CaseCode, string Change);

public sealed record ClientStatusResponse(Guid CaseId, bool Recorded, DateTimeOffset? UpdatedAt);
