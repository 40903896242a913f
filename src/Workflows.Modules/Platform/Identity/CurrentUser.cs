using System.Security.Claims;

namespace Astra.Workflows.Modules.Platform.Identity;

/// <summary>
/// The signed-in user as every module sees them: the id, the roles and the chosen UI language, read from the
/// principal here and nowhere else (the architecture tests keep it so). Anonymous or unreadable ids give
/// <see cref="Guid.Empty"/>, which matches no row; <see cref="KnownId"/> is null then.
/// </summary>
public sealed record CurrentUser(Guid Id, IReadOnlySet<string> Roles, string? Language)
{
    public static CurrentUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new CurrentUser(id, roles, UserLanguages.Supported(principal.FindFirstValue(UserLanguages.ClaimType)));
    }

    public static CurrentUser From(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return From(http.User);
    }

    /// <summary>The id, or null for an anonymous caller (for "created by" columns that may be empty).</summary>
    public Guid? KnownId => Id == Guid.Empty ? null : Id;

    /// <summary>How the journal and request-scoped keys name who acted: by user id, never by name or e-mail.</summary>
    public string Actor => KnownId is { } id ? $"user:{id}" : "system";

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool IsAdmin => IsInRole(Identity.Roles.Admin);

    /// <summary>Coordinators and Admins supervise every queue and every case's work.</summary>
    public bool IsCoordinatorOrAdmin => IsInRole(Identity.Roles.Coordinator) || IsAdmin;
}
