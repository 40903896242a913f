using System.Text.Json;
using System.ComponentModel.DataAnnotations;

namespace Astra.Workflows.Modules.Definitions.Instances;

public sealed record StartInstanceRequest([property: Required(ErrorMessage = "A definitionId is required.")] string? DefinitionId, Guid? CaseId, JsonElement? Input);

public sealed record StartInstanceResponse(Guid Id, string Status, int Version);

public sealed record WaitingOnResponse(string Kind, string? Name, string ActivityId, DateTimeOffset? Due);

public sealed record IncidentResponse(Guid Id, string ActivityId, string Message, DateTimeOffset At, DateTimeOffset? ResolvedAt);

public sealed record JournalEntryResponse(long Sequence, DateTimeOffset At, string Kind, string? ActivityId, string? ActivityType, string Actor, string? Outcome, string? Message);

/// <summary><see cref="CaseCode"/>: the case's code (AS-2026-0010) as its page shows it, null without a case.</summary>
public sealed record InstanceResponse(
    Guid Id,
    string DefinitionId,
    int Version,
    Guid? CaseId,
    string? CaseCode,
    string Status,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<WaitingOnResponse> WaitingOn,
    IReadOnlyList<IncidentResponse> Incidents,
    IReadOnlyList<JournalEntryResponse> Journal);

public sealed record InstanceSummaryResponse(Guid Id, string DefinitionId, int Version, Guid? CaseId, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>Every activity of the instance's definition version with its state, so a designer can colour each node.</summary>
public sealed record InstanceActivitiesResponse(Guid InstanceId, string DefinitionId, int Version, string Status, IReadOnlyList<ActivityStateResponse> Activities);

/// <summary><see cref="State"/> is one of <see cref="ActivityStates"/>.</summary>
public sealed record ActivityStateResponse(
    string ActivityId,
    string Type,
    string? Name,
    string State,
    DateTimeOffset? CompletedAt,
    string? Outcome,
    ActivityWaitResponse? WaitingFor,
    ActivityIncidentResponse? Incident);

/// <summary>What a waiting activity waits for: kind task (name = task title), event (name = event) or timer.</summary>
public sealed record ActivityWaitResponse(string Kind, string? Name, DateTimeOffset? Due, Guid? TaskId);

public sealed record ActivityIncidentResponse(Guid Id, string Message, DateTimeOffset At);
