namespace Astra.Workflows.Modules.Cases.Consent;

public sealed record GiveConsentRequest(string? Purpose, DateTimeOffset? GivenAt, string? Note);

public sealed record WithdrawConsentRequest(DateTimeOffset? WithdrawnAt, string? Note);

public sealed record ConsentEventResponse(long Id, string Purpose, string Kind, DateTimeOffset EffectiveAt, string? Note, Guid? RecordedBy, DateTimeOffset RecordedAt);

public sealed record ConsentStatusResponse(string Purpose, bool Given, DateTimeOffset? Since);

public sealed record ConsentsResponse(Guid CaseId, IReadOnlyList<ConsentStatusResponse> Current, IReadOnlyList<ConsentEventResponse> History);

public sealed record SharingCheckRequest(string? Purpose, string? OverrideReason);

public sealed record SharingCheckResponse(bool Allowed, string Basis);
