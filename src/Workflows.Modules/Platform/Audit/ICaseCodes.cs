using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>A case's id and code as the audit trail names it.</summary>
public sealed record CaseCode(Guid Id, string Code);

/// <summary>
/// The audit trail's port to the cases it names: Platform knows no module, so the Cases module implements this and
/// registers it in <c>AddCases()</c>. Reads past the need-to-know filter: the audit is the system's record and
/// names the case whatever the caller's view of it (nothing read here is returned to the caller).
/// </summary>
public interface ICaseCodes
{
    /// <summary>The cases whose id is in <paramref name="ids"/> or whose code is in <paramref name="codes"/>, through <paramref name="db"/>.</summary>
    Task<IReadOnlyList<CaseCode>> FindAsync(WorkflowsDbContext db, IReadOnlyCollection<Guid> ids, IReadOnlyCollection<string> codes, CancellationToken cancellationToken);
}
