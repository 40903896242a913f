using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Refuses a query string whose decoded keys or values hold a NUL character (<c>%00</c>) with a 400 naming the
/// parameter: filters reach PostgreSQL as text parameters, which cannot carry NUL, and the failure was a 500.
/// The body's NULs are <see cref="NulCharacterGuard"/>'s.
/// </summary>
internal sealed class NulQueryGuard(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var raw = context.Request.QueryString.Value;
        if (raw is not null && raw.Contains("%00", StringComparison.Ordinal)
            && context.Request.Query.FirstOrDefault(q => q.Key.Contains('\0', StringComparison.Ordinal) || q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)) is { Key: not null } found)
        {
            var field = found.Key.Replace("\0", string.Empty, StringComparison.Ordinal);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [NulFreeJson.Message] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "The request could not be read.",
                    Detail = $"{field}: {NulFreeJson.Message}",
                },
            });
            return;
        }

        await next(context);
    }
}
