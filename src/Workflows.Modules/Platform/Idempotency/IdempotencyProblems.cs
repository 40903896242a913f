using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>The answers for a key that cannot be replayed, each naming the field that carried the key.</summary>
internal static class IdempotencyProblems
{
    public static ProblemHttpResult Mismatch(string field) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "This idempotency key was already used with another request.",
            detail: "Send a new key for a new request; repeat a request only with its own body.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = ["Already used with another request body."] } });

    public static ProblemHttpResult InFlight(HttpContext http, string field, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The first request with this idempotency key is still being processed.",
            detail: "Repeat it after the time in Retry-After to receive its answer.",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = ["Still in flight."] } });
    }
}
