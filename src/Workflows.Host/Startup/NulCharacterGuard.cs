using System.Buffers;
using System.Text;
using System.Text.Json;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Refuses a JSON request body holding a NUL character (<c>\u0000</c>) in any string or property name with a 400
/// naming its path: PostgreSQL text and jsonb cannot store it. A middleware rather than JSON converters, because
/// converters on <see cref="string"/> would blank every schema of the OpenAPI document the web app's types come from.
/// </summary>
internal sealed class NulCharacterGuard(RequestDelegate next, IProblemDetailsService problems)
{
    private static readonly byte[] EscapedNul = Encoding.ASCII.GetBytes("\\u0000");

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.HasJsonContentType() && context.Request.ContentLength is not 0)
        {
            context.Request.EnableBuffering();
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            context.Request.Body.Position = 0;
            var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            if (body.Span.IndexOf(EscapedNul) >= 0 && FindNul(body.Span) is { } field)
            {
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
        }

        await next(context);
    }

    /// <summary>The path of the first string holding a NUL ("body" for the root); null when none or unreadable (the binder reports that).</summary>
    private static string? FindNul(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var path = new List<string>();
        var indexes = new Stack<int>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (property!.Contains('\0', StringComparison.Ordinal))
                        {
                            return Render(path, null);
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(Segment(property, indexes));
                        indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        indexes.Pop();
                        Advance(indexes);
                        break;
                    case JsonTokenType.String:
                        if (reader.GetString()!.Contains('\0', StringComparison.Ordinal))
                        {
                            return Render(path, Segment(property, indexes));
                        }

                        property = null;
                        Advance(indexes);
                        break;
                    default:
                        property = null;
                        Advance(indexes);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    // An object's member is ".name", an array's item "[i]"; the root has no segment.
    private static string Segment(string? property, Stack<int> indexes) =>
        property is not null ? "." + property : indexes.Count > 0 && indexes.Peek() >= 0 ? $"[{indexes.Peek()}]" : string.Empty;

    private static void Advance(Stack<int> indexes)
    {
        if (indexes.Count > 0 && indexes.Peek() >= 0)
        {
            indexes.Push(indexes.Pop() + 1);
        }
    }

    private static string Render(List<string> path, string? last)
    {
        var text = string.Concat(path) + last;
        return text.Length == 0 ? "body" : text.TrimStart('.');
    }
}
