using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Users.Accounts;

internal static class UserSetup
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/admin/users").WithTags("Admin")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .MapListUsers()
            .MapCreateUser()
            .MapChangeUser();
        api.MapListStaff();
        return api;
    }

    public static WebApplication UseActiveUserCheck(this WebApplication app)
    {
        app.UseMiddleware<ActiveUserCheck>();
        return app;
    }
}
