using ValidationProblem = Astra.Workflows.Engine.Validation.ValidationProblem;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>The ProblemDetails the definition endpoints answer with; one place so titles stay consistent.</summary>
internal static class DefinitionProblems
{
    public static ProblemHttpResult Malformed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The body is not a readable workflow definition.");

    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationProblem> problems) =>
        TypedResults.Problem(
            $"The definition has {problems.Count} problem(s); nothing was stored.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The workflow definition is invalid.",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    public static ProblemHttpResult IdMismatch(string route, string body) =>
        TypedResults.Problem(
            $"The URL names definition '{route}' but the body's definitionId is '{body}'.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Definition id mismatch.");

    public static ProblemHttpResult NotFound(string definitionId) =>
        TypedResults.Problem($"There is no workflow definition '{definitionId}'.", statusCode: StatusCodes.Status404NotFound, title: "Definition not found.");

    public static ProblemHttpResult VersionNotFound(string definitionId, int version) =>
        TypedResults.Problem($"Definition '{definitionId}' has no version {version}.", statusCode: StatusCodes.Status404NotFound, title: "Definition version not found.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflicting change.");
}
