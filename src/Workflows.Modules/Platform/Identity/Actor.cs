using System.Security.Claims;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>The journal records who acted by user id, never by name or e-mail (<see cref="CurrentUser.Actor"/>).</summary>
internal static class Actor
{
    public static string Of(ClaimsPrincipal user) => CurrentUser.From(user).Actor;
}
