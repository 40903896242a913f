using Astra.Workflows.Persistence.Privacy;

namespace Astra.Workflows.Host.Features.Clients;

public sealed record ClientResponse(Guid CaseId, string CaseCode, ClientIdentity Client);

public sealed record ClientSearchHit(Guid CaseId, string CaseCode);
