using System.Globalization;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>The answers for a key that cannot be replayed, each naming the field that carried the key.</summary>
internal static class IdempotencyProblems
{
    public static ProblemHttpResult Mismatch(string field) =>
        ApiProblems.OfField(
            StatusCodes.Status422UnprocessableEntity,
            "This idempotency key was already used with another request.",
            "Send a new key for a new request; repeat a request only with its own body.",
            field,
            "Already used with another request body.");

    public static ProblemHttpResult InFlight(HttpContext http, string field, TimeSpan retryAfter)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return ApiProblems.OfField(
            StatusCodes.Status409Conflict,
            "The first request with this idempotency key is still being processed.",
            "Repeat it after the time in Retry-After to receive its answer.",
            field,
            "Still in flight.");
    }
}
