namespace Astra.Workflows.Modules.Legal.Hearings;

public sealed record HearingRequest(string? StartsAt, string? Kind, string? Room, string? Notes);

public sealed record HearingChangeResponse(string Change, DateTimeOffset StartsAt, string Kind, string? Room, DateTimeOffset At, Guid? By);

public sealed record HearingResponse(
    Guid Id,
    Guid ProceedingId,
    Guid CaseId,
    string CaseCode,
    string Court,
    DateTimeOffset StartsAt,
    string Kind,
    string? Room,
    string? Notes,
    string Status,
    int Revision,
    IReadOnlyList<HearingChangeResponse> History);
