using System.Buffers;
using System.Text.Json;
using Astra.Workflows.Engine.Definitions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Refuses a JSON request body holding a NUL character (<c>\u0000</c>) in any string or property name with a 400
/// naming its path: PostgreSQL text and jsonb cannot store it. A middleware rather than JSON converters, because
/// converters on <see cref="string"/> would blank every schema of the OpenAPI document the web app's types come from.
/// <para>
/// The body is read once in small chunks through the request's own buffering (memory up to 30 KB, a temporary file
/// beyond), never copied whole into memory: a first pass looks for the escape, and only a body holding it is read
/// again by a streaming JSON reader to name the field. A body over the request body limit is refused (413) before it
/// is read (declared length) or as soon as it passes the limit (chunked).
/// </para>
/// </summary>
internal sealed class NulCharacterGuard(RequestDelegate next, IProblemDetailsService problems, IOptions<KestrelServerOptions> kestrel)
{
    private const int ChunkSize = 16 * 1024;

    private static ReadOnlySpan<byte> EscapedNul => "\\u0000"u8;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.HasJsonContentType() && context.Request.ContentLength is not 0)
        {
            // Kestrel's feature carries the limit in force; the test server has none, so the configured one stands in.
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? kestrel.Value.Limits.MaxRequestBodySize;
            if (limit is { } max && context.Request.ContentLength > max)
            {
                throw TooLarge(max);
            }

            context.Request.EnableBuffering();
            var body = context.Request.Body;
            var holdsEscape = await HoldsEscapedNulAsync(body, limit, context.RequestAborted);
            body.Position = 0;
            if (holdsEscape && await FindNulAsync(body, context.RequestAborted) is { } field)
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

            body.Position = 0;
        }

        await next(context);
    }

    // The same answer Kestrel gives a body over its limit (BadRequestBodyHandler words it as ProblemDetails).
    private static Microsoft.AspNetCore.Http.BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Whether the raw bytes hold the escape anywhere, in chunks that overlap by the escape's length less one.</summary>
    private static async Task<bool> HoldsEscapedNulAsync(Stream body, long? limit, CancellationToken cancellationToken)
    {
        var overlap = EscapedNul.Length - 1;
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + overlap);
        try
        {
            var carried = 0;
            long total = 0;
            while (true)
            {
                var read = await body.ReadAsync(buffer.AsMemory(carried, ChunkSize), cancellationToken);
                if (read == 0)
                {
                    return false;
                }

                total += read;
                if (total > limit)
                {
                    throw TooLarge(limit.Value);
                }

                var filled = carried + read;
                if (buffer.AsSpan(0, filled).IndexOf(EscapedNul) >= 0)
                {
                    return true;
                }

                carried = Math.Min(overlap, filled);
                buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The path of the first string holding a NUL ("body" for the root); null when none or unreadable (the binder
    /// reports that). The buffer grows only when one token is longer than it, so it stays under the body limit.
    /// </summary>
    private static async Task<string?> FindNulAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var walk = new NulWalk();
        try
        {
            var held = 0;
            while (true)
            {
                if (held == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, held).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(held), cancellationToken);
                var final = read == 0;
                var filled = held + read;
                var (consumed, done) = walk.Read(buffer.AsSpan(0, filled), final);
                if (done || final)
                {
                    return walk.Field;
                }

                held = filled - consumed;
                buffer.AsSpan(consumed, held).CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A JSON walk that keeps its place (reader state, path) between chunks.</summary>
    private sealed class NulWalk
    {
        private readonly List<string> path = [];
        private readonly Stack<int> indexes = new();
        private JsonReaderState state = new(new JsonReaderOptions { MaxDepth = 256 });
        private string? property;

        public string? Field { get; private set; }

        /// <summary>Reads the complete tokens of <paramref name="json"/>: how many bytes it used, and whether the walk is over.</summary>
        public (int Consumed, bool Done) Read(ReadOnlySpan<byte> json, bool final)
        {
            var reader = new Utf8JsonReader(json, final, state);
            try
            {
                while (reader.Read())
                {
                    if (Visit(ref reader) is { } field)
                    {
                        Field = field;
                        return (0, true);
                    }
                }
            }
            catch (JsonException)
            {
                return (0, true);
            }

            state = reader.CurrentState;
            return ((int)reader.BytesConsumed, false);
        }

        private string? Visit(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    return property!.Contains('\0', StringComparison.Ordinal) ? Render(null) : null;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    path.Add(Segment());
                    indexes.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                    property = null;
                    return null;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    indexes.Pop();
                    Advance();
                    return null;
                case JsonTokenType.String:
                    // A NUL can only be written escaped: unescaped strings are skipped without being decoded.
                    if (reader.ValueIsEscaped && reader.GetString()!.Contains('\0', StringComparison.Ordinal))
                    {
                        return Render(Segment());
                    }

                    property = null;
                    Advance();
                    return null;
                default:
                    property = null;
                    Advance();
                    return null;
            }
        }

        // An object's member is ".name", an array's item "[i]"; the root has no segment.
        private string Segment() =>
            property is not null ? "." + property : indexes.Count > 0 && indexes.Peek() >= 0 ? $"[{indexes.Peek()}]" : string.Empty;

        private void Advance()
        {
            if (indexes.Count > 0 && indexes.Peek() >= 0)
            {
                indexes.Push(indexes.Pop() + 1);
            }
        }

        private string Render(string? last)
        {
            var text = string.Concat(path) + last;
            return text.Length == 0 ? "body" : text.TrimStart('.');
        }
    }
}
