namespace Astra.Workflows.Host.Features.Consent;

internal static class ConsentEndpoints
{
    public static RouteGroupBuilder MapConsentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/cases").WithTags("Consent")
            .MapListConsents()
            .MapGiveConsent()
            .MapWithdrawConsent()
            .MapSharingCheck();
        return api;
    }
}
