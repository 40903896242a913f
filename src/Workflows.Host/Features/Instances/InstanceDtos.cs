using System.Text.Json;

namespace Astra.Workflows.Host.Features.Instances;

public sealed record StartInstanceRequest(string? DefinitionId, Guid? CaseId, JsonElement? Input);

public sealed record StartInstanceResponse(Guid Id, string Status, int Version);

public sealed record WaitingOnResponse(string Kind, string? Name, string ActivityId, DateTimeOffset? Due);

public sealed record IncidentResponse(Guid Id, string ActivityId, string Message, DateTimeOffset At, DateTimeOffset? ResolvedAt);

public sealed record JournalEntryResponse(long Sequence, DateTimeOffset At, string Kind, string? ActivityId, string? ActivityType, string Actor, string? Outcome, string? Message);

public sealed record InstanceResponse(
    Guid Id,
    string DefinitionId,
    int Version,
    Guid? CaseId,
    string Status,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<WaitingOnResponse> WaitingOn,
    IReadOnlyList<IncidentResponse> Incidents,
    IReadOnlyList<JournalEntryResponse> Journal);

public sealed record InstanceSummaryResponse(Guid Id, string DefinitionId, int Version, Guid? CaseId, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
