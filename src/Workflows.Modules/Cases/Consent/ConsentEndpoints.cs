namespace Astra.Workflows.Modules.Cases.Consent;

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
