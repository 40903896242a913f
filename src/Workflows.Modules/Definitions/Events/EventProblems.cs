using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Events;

/// <summary>Refusals of <c>POST /api/events</c>; each names the event (also as the <c>name</c> extension for clients).</summary>
internal static class EventProblems
{
    public static ProblemHttpResult Reserved(string name) =>
        TypedResults.Problem(
            $"'{name}' is a system event; only the service raises it (e.g. through the hearings or deadlines pages).",
            statusCode: StatusCodes.Status403Forbidden,
            title: "System events cannot be raised through the API.",
            extensions: new Dictionary<string, object?> { ["name"] = name });

    public static ProblemHttpResult RoleNotAllowed(string name, IEnumerable<string> roles) =>
        TypedResults.Problem(
            $"Event '{name}' may be raised only by: {string.Join(", ", roles.Order(StringComparer.Ordinal))}.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "Your roles may not raise this event.",
            extensions: new Dictionary<string, object?> { ["name"] = name });
}
