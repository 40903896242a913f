namespace Astra.Workflows.Modules.Platform.Audit;

internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/admin").WithTags("Audit")
            .MapListAudit()
            .MapVerifyAudit()
            .MapAnchorAudit();
        return api;
    }
}
