using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;

namespace Astra.Workflows.Modules.Cases.Api;

/// <summary><paramref name="Client"/> is optional: anonymous contacts open cases too.</summary>
public sealed record CreateCaseRequest(string? Phase, ClientIdentity? Client);

public sealed record CaseResponse(Guid Id, string Code, string Phase, DateTimeOffset OpenedAt);

/// <summary><see cref="Name"/>: the workflow's name in the reader's language.</summary>
public sealed record CaseInstanceSummary(Guid Id, string DefinitionId, int Version, string Status, DateTimeOffset CreatedAt, string Name);

/// <summary>One screen's worth of a case. Nothing in it identifies the client: that is <c>GET /api/cases/{id}/client</c>, audited.</summary>
public sealed record CaseDetailResponse(
    Guid Id,
    string Code,
    string Phase,
    DateTimeOffset OpenedAt,
    IReadOnlyList<CaseInstanceSummary> Instances,
    IReadOnlyList<CaseTeamMember> Team,
    IReadOnlyList<CaseOpenTask> OpenTasks,
    IReadOnlyList<CaseProceeding> Proceedings,
    IReadOnlyList<CaseTimelineEntry> Timeline,
    IReadOnlyList<CaseStoryItem> Story);

public sealed record CaseTeamMember(Guid UserId, string DisplayName, IReadOnlyList<string> Roles);

public sealed record CaseOpenTask(Guid Id, string Title, string TaskType, string? Role, Guid? AssigneeId, string Status, DateTimeOffset? DueAt, int EscalationLevel);

public sealed record CaseHearing(Guid Id, DateTimeOffset StartsAt, string Kind, string? Room, string Status);

public sealed record CaseDeadline(Guid Id, string Kind, DateOnly DueOn, bool Hard, string Status);

public sealed record CaseProceeding(
    Guid Id,
    string Court,
    string Kind,
    string? CourtCaseNumber,
    string Status,
    IReadOnlyList<CaseHearing> Hearings,
    IReadOnlyList<CaseDeadline> Deadlines);

/// <summary>A journal entry of one of the case's instances: what ran, when, by whom (a user id or the system), with which outcome. The journal's free-text message stays out.</summary>
/// <summary><see cref="WorkflowName"/> and <see cref="ActivityName"/> in the reader's language (no activity name: the activity has none).</summary>
public sealed record CaseTimelineEntry(
    DateTimeOffset At, Guid InstanceId, string DefinitionId, string Kind, string? ActivityId, string? ActivityType, string Actor, string? Outcome, string WorkflowName, string? ActivityName);

/// <summary>
/// One line of the readable timeline: a text key with its arguments for the web app to word, when, and who (by name
/// when known). <see cref="CaseDetailResponse.Timeline"/> keeps the engine's journal for the technical view.
/// </summary>
public sealed record CaseStoryItem(DateTimeOffset At, string Key, IReadOnlyDictionary<string, string> Args, Guid? ActorId, string? ActorName);

public sealed record CasePhasesResponse(IReadOnlyList<string> Phases);

public sealed record CaseListItem(Guid Id, string Code, string Phase, DateTimeOffset OpenedAt, int OpenTasks, int OverdueTasks, DateTimeOffset? NextDueAt);

public sealed record CasePageResponse(IReadOnlyList<CaseListItem> Items, string? Next);
