using Astra.Workflows.Modules.Platform.Problems;
using ValidationProblem = Astra.Workflows.Engine.Validation.ValidationProblem;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>The definition endpoints' own titles (the designer shows them), built on <see cref="ApiProblems"/>.</summary>
internal static class DefinitionProblems
{
    public static ProblemHttpResult Malformed(string detail) =>
        ApiProblems.Of(StatusCodes.Status400BadRequest, "The body is not a readable workflow definition.", detail);

    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationProblem> problems) =>
        ApiProblems.Of(
            StatusCodes.Status400BadRequest,
            "The workflow definition is invalid.",
            $"The definition has {problems.Count} problem(s); nothing was stored.",
            new Dictionary<string, object?> { ["problems"] = problems });

    public static ProblemHttpResult IdMismatch(string route, string body) =>
        ApiProblems.Of(
            StatusCodes.Status400BadRequest,
            "Definition id mismatch.",
            $"The URL names definition '{route}' but the body's definitionId is '{body}'.");

    public static ProblemHttpResult NotFound(string definitionId) =>
        ApiProblems.Of(StatusCodes.Status404NotFound, "Definition not found.", $"There is no workflow definition '{definitionId}'.");

    public static ProblemHttpResult VersionNotFound(string definitionId, int version) =>
        ApiProblems.Of(StatusCodes.Status404NotFound, "Definition version not found.", $"Definition '{definitionId}' has no version {version}.");

    public static ProblemHttpResult Conflict(string detail) =>
        ApiProblems.Of(StatusCodes.Status409Conflict, "Conflicting change.", detail);
}
