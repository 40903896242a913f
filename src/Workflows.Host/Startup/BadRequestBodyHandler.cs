using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Answers a request the framework could not read with ProblemDetails naming the field (the JSON path), and logs it
/// as one warning without the exception: a client's mistake is not the service's error, and a stack trace per
/// malformed request buries real faults. The body itself is never logged.
/// </summary>
internal sealed partial class BadRequestBodyHandler(IProblemDetailsService problems, ILogger<BadRequestBodyHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = FindJsonException(bad);
        var unknown = UnknownKeyOf(json);
        var field = unknown is null ? FieldOf(json?.Path) : UnknownField(FieldOf(json?.Path), unknown);
        LogRejected(logger, httpContext.Request.Method, RouteOf(httpContext), bad.StatusCode, field);
        httpContext.Response.StatusCode = bad.StatusCode;
        var message = unknown is not null ? "No such field: remove it or check its spelling." : json is null ? bad.Message : FirstSentence(json.Message);
        var details = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = bad.StatusCode,
            Title = "The request could not be read.",
            Detail = $"{field}: {message}",
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details });
    }

    // The route's template, not the path: a path carries ids and, on a partner page, the link's secret token. The
    // exception handler clears the request's endpoint before handlers run; its feature keeps the one that threw.
    private static string RouteOf(HttpContext httpContext) =>
        (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    // System.Text.Json's own text names the .NET type; only the key is kept.
    private static string? UnknownKeyOf(JsonException? json)
    {
        const string Prefix = "The JSON property '";
        if (json?.Message is not { } message || !message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return null;
        }

        var start = message.IndexOf(Prefix, StringComparison.Ordinal) + Prefix.Length;
        var end = message.IndexOf('\'', start);
        return start >= Prefix.Length && end > start ? message[start..end] : null;
    }

    // The path may stop at the object holding the key or already name it.
    private static string UnknownField(string path, string key) =>
        path == "body" ? key : path == key || path.EndsWith("." + key, StringComparison.Ordinal) ? path : path + "." + key;

    // "$.escalations[0].after" → "escalations[0].after"; the whole body is "body".
    private static string FieldOf(string? path) =>
        path is null or "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    // System.Text.Json appends its own "Path: … | LineNumber: …" tail; the field is reported on its own.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an unreadable request body: {Method} {Route} → {StatusCode} at {Field}.")]
    private static partial void LogRejected(ILogger logger, string method, string route, int statusCode, string field);
}
