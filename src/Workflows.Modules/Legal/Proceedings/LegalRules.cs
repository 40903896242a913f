using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Proceedings;

/// <summary>The legal rules' view of the current user.</summary>
internal static class LegalRules
{
    extension(CurrentUser user)
    {
        /// <summary>Coordinators, Admins and Directors see and act on every proceeding, not only those they represent.</summary>
        public bool SupervisesLegalWork => user.IsCoordinatorOrAdmin || user.IsInRole(Roles.Director);
    }
}
