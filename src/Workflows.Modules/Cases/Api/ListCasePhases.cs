using Microsoft.AspNetCore.Http.HttpResults;
using Astra.Workflows.Modules.Cases.Contracts;

namespace Astra.Workflows.Modules.Cases.Api;

/// <summary>The assistance path in order, as <c>case.phase</c> and the shipped workflows name it, for the UI to draw.</summary>
internal static class ListCasePhases
{
    public static RouteGroupBuilder MapListCasePhases(this RouteGroupBuilder cases)
    {
        cases.MapGet("/phases", Handle).WithName("ListCasePhases");
        return cases;
    }

    private static Ok<CasePhasesResponse> Handle() => TypedResults.Ok(new CasePhasesResponse(CasePhases.All));
}
