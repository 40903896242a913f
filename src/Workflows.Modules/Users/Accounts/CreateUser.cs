using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Users.Auth;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Astra.Workflows.Modules.Platform.Problems;

namespace Astra.Workflows.Modules.Users.Accounts;

internal static class CreateUser
{
    public static RouteGroupBuilder MapCreateUser(this RouteGroupBuilder users)
    {
        users.MapPost("/", HandleAsync).WithName("CreateUser")
            .WithSummary("Create a user account")
            .WithDescription("Creates an account with an initial password and roles. Accounts are created only by administrators; there is no self-registration.");
        return users;
    }

    private static async Task<Results<Created<UserView>, ValidationProblem>> HandleAsync(
        CreateUserRequest request, UserManager<AppUser> users, TimeProvider time, WorkflowsDbContext db, HttpContext http)
    {
        var errors = UserViews.UnknownRoles(request.Roles);
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors["email"] = ["An e-mail address is required."];
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            errors["displayName"] = ["A display name is required."];
        }

        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["An initial password is required."];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var user = new AppUser { UserName = request.Email!.Trim(), Email = request.Email.Trim(), DisplayName = request.DisplayName!.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            // Identity names the failing rule (duplicate e-mail, password too short, …); map it to the field it concerns.
            return ApiProblems.Invalid(created.Errors
                .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        if (request.Roles is { Count: > 0 })
        {
            await users.AddToRolesAsync(user, request.Roles.Distinct());
        }

        await AuthAudit.AppendAsync(db, http, time, AuditActions.UserCreate, CurrentUser.From(http).KnownId, user.Id, AuditOutcomes.Ok, string.Join(',', request.Roles ?? []));
        await transaction.CommitAsync(http.RequestAborted);
        return TypedResults.Created($"/api/admin/users/{user.Id}", await UserViews.ToViewAsync(users, user, time.GetUtcNow()));
    }
}
