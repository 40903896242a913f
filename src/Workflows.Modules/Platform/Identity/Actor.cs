using System.Security.Claims;

namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>The journal records who acted by user id, never by name or e-mail.</summary>
internal static class Actor
{
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? $"user:{id}" : "system";
}
