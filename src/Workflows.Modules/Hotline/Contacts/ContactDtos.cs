using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>
/// A contact as logged or corrected. Enumerated fields are strings checked against <see cref="ContactVocabulary"/>,
/// so an unknown value is a 400 naming the field, not a deserialisation failure.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ContactRequest(
    DateTimeOffset? OccurredAt,
    [property: MaxLength(16)] string? Channel,
    [property: MaxLength(16)] string? Direction,
    [property: MaxLength(24)] string? CallerType,
    [property: MaxLength(16)] string? Language,
    [property: MaxLength(8)] IReadOnlyList<string>? Topics,
    [property: MaxLength(8)] IReadOnlyList<string>? Exploitation,
    [property: MaxLength(30)] IReadOnlyList<string>? Countries,
    [property: MaxLength(8)] string? MinorInvolved,
    bool? ImminentDanger,
    int? DurationMinutes,
    [property: MaxLength(24)] string? Outcome,
    [property: MaxLength(40)] string? CallerNumber,
    [property: MaxLength(4000)] string? Note,
    DateTimeOffset? CallBackDueAt,
    [property: MaxLength(500)] string? Reason = null,
    int? Revision = null);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RepeatCallerRequest([property: Required, MaxLength(40)] string? CallerNumber);

public sealed record EarlierContact(Guid Id, string Code, DateTimeOffset OccurredAt, string Outcome, string? CaseCode);

/// <summary>What the operator sees of a caller's earlier contacts: counts, dates, outcomes and case codes, never the number.</summary>
public sealed record RepeatCallerResponse(int PreviousContacts, DateTimeOffset? FirstAt, DateTimeOffset? LastAt, IReadOnlyList<string> CaseCodes, IReadOnlyList<EarlierContact> Recent);

public sealed record LogContactResponse(Guid Id, string Code, RepeatCallerResponse RepeatCaller);

public sealed record CallBackView(DateTimeOffset DueAt, Guid? ClaimedBy, DateTimeOffset? ClaimedAt, DateTimeOffset? DoneAt, Guid? DoneBy);

public sealed record ContactRevisionView(int Revision, DateTimeOffset ChangedAt, Guid? ChangedBy, string? Reason, bool CallerChanged, bool NoteChanged);

public sealed record ContactListItem(
    Guid Id,
    string Code,
    DateTimeOffset OccurredAt,
    string Channel,
    string Direction,
    string CallerType,
    IReadOnlyList<string> Topics,
    string Outcome,
    bool ImminentDanger,
    string MinorInvolved,
    int DurationMinutes,
    bool HasCaller,
    bool HasNote,
    string? CaseCode,
    CallBackView? CallBack);

public sealed record ContactPageResponse(IReadOnlyList<ContactListItem> Items, string? Next);

public sealed record ContactResponse(
    Guid Id,
    string Code,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    Guid? RecordedBy,
    string Channel,
    string Direction,
    string CallerType,
    string? Language,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Exploitation,
    IReadOnlyList<string> Countries,
    string MinorInvolved,
    bool ImminentDanger,
    int DurationMinutes,
    string Outcome,
    bool HasCaller,
    bool HasNote,
    string? Note,
    bool NoteVisible,
    Guid? CaseId,
    string? CaseCode,
    bool TriageStarted,
    CallBackView? CallBack,
    int Revision,
    bool MayCorrect,
    RepeatCallerResponse RepeatCaller,
    IReadOnlyList<ContactRevisionView> History);

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OpenCaseRequest([property: MaxLength(8)] string? Priority, bool? ForeignNational);

public sealed record OpenCaseResponse(Guid CaseId, string CaseCode, Guid InstanceId, IReadOnlyList<string> LinkedContacts);
