namespace Astra.Workflows.Modules.Cases.Consent;

public sealed record GiveConsentRequest(string? Purpose, DateTimeOffset? GivenAt, string? Note);

public sealed record WithdrawConsentRequest(DateTimeOffset? WithdrawnAt, string? Note);

/// <summary><see cref="RecordedByName"/> is the display name of who recorded it, so the screen says "by whom".</summary>
public sealed record ConsentEventResponse(long Id, string Purpose, string Kind, DateTimeOffset EffectiveAt, string? Note, Guid? RecordedBy, DateTimeOffset RecordedAt, string? RecordedByName = null);

/// <summary>A sharing without consent allowed on a stated ground (a child, imminent danger), as the audit trail recorded it.</summary>
public sealed record ConsentOverrideResponse(DateTimeOffset At, string Purpose, string? Reason, Guid? By, string? ByName);

public sealed record ConsentStatusResponse(string Purpose, bool Given, DateTimeOffset? Since);

public sealed record ConsentsResponse(Guid CaseId, IReadOnlyList<ConsentStatusResponse> Current, IReadOnlyList<ConsentEventResponse> History, IReadOnlyList<ConsentOverrideResponse> Overrides);

/// <summary><see cref="Ground"/> (child or imminent-danger) names why sharing without consent is justified; stored with the reason.</summary>
public sealed record SharingCheckRequest(string? Purpose, string? OverrideReason, string? Ground = null);

public sealed record SharingCheckResponse(bool Allowed, string Basis);
