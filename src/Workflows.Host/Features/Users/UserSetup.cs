using Astra.Workflows.Persistence.Identity;

namespace Astra.Workflows.Host.Features.Users;

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
