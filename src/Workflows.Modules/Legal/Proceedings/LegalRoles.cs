using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Proceedings;

/// <summary>
/// Who may change legal work at all; the handlers then narrow it to the proceeding's own lawyers or a coordinator.
/// The Director oversees (reads everything, receives escalations) but never edits (docs/security.md, role matrix).
/// </summary>
internal static class LegalRoles
{
    public static readonly string[] HearingAndDeadlineWriters = [Roles.Admin, Roles.Coordinator, Roles.Lawyer];

    public static readonly string[] ProceedingWriters = [Roles.Admin, Roles.Coordinator, Roles.Lawyer, Roles.CaseManager];
}
