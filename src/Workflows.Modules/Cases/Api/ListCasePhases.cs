using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Cases.Contracts;

namespace Astra.Workflows.Modules.Cases.Api;

/// <summary>The assistance path in order, as <c>case.phase</c> and the shipped workflows name it, for the UI to draw.</summary>
internal static class ListCasePhases
{
    public static RouteGroupBuilder MapListCasePhases(this RouteGroupBuilder cases)
    {
        cases.MapGet("/phases", Handle).WithName("ListCasePhases")
            .WithSummary("List case phases")
            .WithDescription("The phases of the assistance path in order, as the shipped workflows name them.");
        return cases;
    }

    private static Ok<CasePhasesResponse> Handle() => TypedResults.Ok(new CasePhasesResponse(CasePhases.All));
}
