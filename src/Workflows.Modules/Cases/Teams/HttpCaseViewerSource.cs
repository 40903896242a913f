using System.Security.Claims;
using Astra.Workflows.Modules.Cases.Access;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Cases.Teams;

/// <summary>Coordinators, directors and admins see every case; everybody else sees the cases whose team they are on.</summary>
internal sealed class HttpCaseViewerSource(IHttpContextAccessor http) : ICaseViewerSource
{
    public CaseViewer? Current
    {
        get
        {
            var user = http.HttpContext?.User;
            if (http.HttpContext is null)
            {
                return null;
            }

            if (user?.Identity?.IsAuthenticated != true || CurrentUser.From(user).KnownId is not { } userId)
            {
                return CaseViewer.Nobody;
            }

            var seesAll = user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Director) || user.IsInRole(Roles.Admin);
            return new CaseViewer(userId, seesAll);
        }
    }
}
