namespace Astra.Workflows.Modules.Referrals.Catalogue;

public sealed record ServiceTypeResponse(string Key, string LabelEn, string LabelSrLatn, string LabelSrCyrl, bool Active);

public sealed record PutServiceTypeRequest(string? LabelEn, string? LabelSrLatn, string? LabelSrCyrl, bool? Active);

public sealed record FundingProjectResponse(string Key, string Name, bool Active);

public sealed record PutFundingProjectRequest(string? Name, bool? Active);
