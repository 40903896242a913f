using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Legal.Proceedings;

/// <summary>The signed-in user as the legal rules see them.</summary>
internal sealed record LegalUser(Guid Id, bool Supervises)
{
    public static LegalUser From(ClaimsPrincipal principal) => new(
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
        principal.IsInRole(Roles.Coordinator) || principal.IsInRole(Roles.Admin) || principal.IsInRole(Roles.Director));
}
