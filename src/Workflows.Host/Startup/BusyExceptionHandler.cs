using System.Globalization;
using Astra.Workflows.Engine.Ports;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Load, not a fault: a busy instance, an exhausted connection pool or a server at max_connections answer
/// 503 with Retry-After, so clients back off instead of reading a 500 (ADR 0021).
/// </summary>
internal sealed class BusyExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private static readonly TimeSpan DatabaseRetryAfter = TimeSpan.FromSeconds(2);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (Busy(exception) is not { } busy || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(busy.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = busy.Title,
                Detail = "Nothing of this request was applied; try again after the time in Retry-After.",
            },
        });
    }

    private static (string Title, TimeSpan RetryAfter)? Busy(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case InstanceBusyException instance:
                    return ("The workflow instance is busy.", instance.RetryAfter);
                case PostgresException { SqlState: PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow }:
                    return ("The database is at its connection limit.", DatabaseRetryAfter);
                case NpgsqlException { InnerException: TimeoutException } when e.Message.Contains("pool", StringComparison.OrdinalIgnoreCase):
                    return ("The service's database connections are all in use.", DatabaseRetryAfter);
            }
        }

        return null;
    }
}
