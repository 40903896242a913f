namespace Astra.Workflows.Modules.Cases.Search;

/// <summary>
/// Exactly one search term. In the body, never the query string: names and document numbers in URLs end up in access
/// logs, proxies and browser history.
/// </summary>
public sealed record FindCaseRequest(string? FullName, string? DocumentNumber, string? CaseCode, string? ContactCode);

/// <summary><see cref="MatchedBy"/> is one of full-name, document-number, case-code, contact-code.</summary>
public sealed record FindCaseHit(Guid CaseId, string CaseCode, string Phase, DateTimeOffset OpenedAt, string MatchedBy);
