using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>Who may change what new instances run: coordinators and admins. Everyone signed in may read; validating (which parses scripts and templates) is for authors too.</summary>
internal static class DefinitionAuthors
{
    public const string Policy = "DefinitionAuthors";

    public static void Configure(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireRole(Roles.Coordinator, Roles.Admin);
}
