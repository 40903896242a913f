namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>Endpoint metadata: a refused attempt at this endpoint is audited as <paramref name="Action"/> with outcome "forbidden".</summary>
internal sealed record AuditDenials(string Action, string Entity);

internal static class AuditDenialsExtensions
{
    public static RouteHandlerBuilder AuditDenials(this RouteHandlerBuilder endpoint, string action, string entity) =>
        endpoint.WithMetadata(new AuditDenials(action, entity));
}
