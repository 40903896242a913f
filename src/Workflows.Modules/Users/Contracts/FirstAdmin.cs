using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Contracts;

/// <summary>
/// The first administrator of a new installation, for the host's <c>create-admin</c> command: outside Development
/// there are no demo accounts and self-registration is closed, so without this nobody could ever sign in. The account
/// gets the same password rules as any other and must enrol an authenticator at its first sign-in.
/// </summary>
public static class FirstAdmin
{
    /// <summary>Creates an Admin account and audits it (actor: nobody, reason: the command). Returns the refusals, empty on success.</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(
        IServiceProvider services, string email, string displayName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var roles = provider.GetRequiredService<RoleManager<AppRole>>();
        var users = provider.GetRequiredService<UserManager<AppUser>>();
        var db = provider.GetRequiredService<WorkflowsDbContext>();
        if (!await roles.RoleExistsAsync(Roles.Admin))
        {
            // Roles are created when a node first starts; the command may run before that.
            var role = await roles.CreateAsync(new AppRole(Roles.Admin));
            if (!role.Succeeded)
            {
                return role.Errors.Select(e => e.Description).ToList();
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(e => e.Description).ToList();
        }

        var added = await users.AddToRoleAsync(user, Roles.Admin);
        if (!added.Succeeded)
        {
            return added.Errors.Select(e => e.Description).ToList();
        }

        var record = new AuditRecord(null, AuditActions.UserCreate, "user", user.Id.ToString("D"), null, null, AuditOutcomes.Ok, null, $"{Roles.Admin} (create-admin command)");
        await AuditTrail.AppendAsync(db, provider.GetRequiredService<AuditKey>(), record, provider.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
