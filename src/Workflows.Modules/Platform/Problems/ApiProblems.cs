using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Platform.Problems;

/// <summary>
/// The one place endpoints build their refusals: every module answers 4xx with the same titles, so clients (and the
/// web app) can rely on them. A module with its own wording (definitions, events) builds on <see cref="Of"/>.
/// </summary>
public static class ApiProblems
{
    /// <summary>A ProblemDetails answer; a null title takes the status code's standard phrase.</summary>
    public static ProblemHttpResult Of(int status, string? title, string? detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    public static ProblemHttpResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    /// <summary>"Task 6f…  was not found." — the thing and its id.</summary>
    public static ProblemHttpResult NotFound(string what, Guid id) => NotFound($"{what} {id} was not found.");

    public static ProblemHttpResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "Forbidden", detail);

    /// <summary>A 400 naming one field (camelCase, or the JSON path for nested fields) and what is wrong with it.</summary>
    public static ValidationProblem Invalid(string field, string message) => Invalid(Field(field, message));

    public static ValidationProblem Invalid(
        IDictionary<string, string[]> errors, string? title = null, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        TypedResults.ValidationProblem(errors, detail: detail, title: title, extensions: extensions);

    /// <summary>
    /// A refusal that is not a 400 but still names the field that caused it, in the same <c>errors</c> shape as a
    /// validation problem (an idempotency key reused or still in flight).
    /// </summary>
    public static ProblemHttpResult OfField(int status, string title, string detail, string field, string message) =>
        Of(status, title, detail, new Dictionary<string, object?> { ["errors"] = Field(field, message) });

    /// <summary>One field's error, for handlers that gather several before answering.</summary>
    public static Dictionary<string, string[]> Field(string field, string message) => new() { [field] = [message] };
}
