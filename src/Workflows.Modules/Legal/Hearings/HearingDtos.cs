namespace Astra.Workflows.Modules.Legal.Hearings;

/// <param name="ConfirmNonWorkingDay">Must be true to schedule on a weekend, public holiday or organisation closure.</param>
public sealed record HearingRequest(string? StartsAt, string? Kind, string? Room, string? Notes, bool? ConfirmNonWorkingDay = null);

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
    IReadOnlyList<HearingChangeResponse> History,
    bool NonWorkingDay,
    string? NonWorkingReason);
