using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.Events;

/// <summary>Refusals of <c>POST /api/events</c>; each names the event (also as the <c>name</c> extension for clients).</summary>
internal static class EventProblems
{
    public static ProblemHttpResult Reserved(string name) =>
        ApiProblems.Of(
            StatusCodes.Status403Forbidden,
            "System events cannot be raised through the API.",
            $"'{name}' is a system event; only the service raises it (e.g. through the hearings or deadlines pages).",
            new Dictionary<string, object?> { ["name"] = name });

    public static ProblemHttpResult RoleNotAllowed(string name, IEnumerable<string> roles) =>
        ApiProblems.Of(
            StatusCodes.Status403Forbidden,
            "Your roles may not raise this event.",
            $"Event '{name}' may be raised only by: {string.Join(", ", roles.Order(StringComparer.Ordinal))}.",
            new Dictionary<string, object?> { ["name"] = name });
}
