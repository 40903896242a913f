using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;

namespace Astra.Workflows.IntegrationTests.Foundation;

/// <summary>
/// The NUL guard reads a JSON body in chunks rather than copying it whole: a NUL at the very end of a body near the
/// 2 MB limit is still named, and a body over the limit is refused without the host pulling it all in.
/// </summary>
public sealed class NulCharacterGuardTests(AstraApiFactory factory) : ApiTest(factory)
{
    private const int Limit = 2 * 1024 * 1024;

    [Fact]
    public async Task A_NUL_at_the_end_of_a_body_near_the_limit_is_a_400_naming_its_field()
    {
        var filler = new string('a', Limit - 200_000);
        var body = $$"""{ "password": "x", "items": [ "{{filler}}", { "deep": "{{new string('b', 70_000)}}\u0000" } ] }""";
        Assert.InRange(Encoding.UTF8.GetByteCount(body), Limit - 200_000, Limit);

        var response = await Factory.CreateClient().PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("items[1].deep", out _), problem.ToString());
    }

    [Fact]
    public async Task A_large_body_without_NUL_reaches_the_endpoint_whole()
    {
        // The guard rewinds what it read: the endpoint binds the same large body (an unknown sign-in, 401).
        var body = $$"""{ "email": "nobody-{{new string('x', 1_500_000)}}@astra.local", "password": "x" }""";

        var response = await Factory.CreateClient().PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_body_declared_over_the_limit_is_refused_before_it_is_read()
    {
        // 64 KB of a declared 6 MB: a host that read on would find the body cut short and answer the binder's 400.
        var content = new StreamContent(new GeneratedBody(64 * 1024));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = 3 * Limit;

        var response = await Factory.CreateClient().PostAsync("/api/auth/login", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("larger than the limit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_is_refused_once_it_passes_the_limit()
    {
        // No declared length, and an unterminated string: read whole, it would be the binder's 400 for malformed JSON.
        var content = new StreamContent(new GeneratedBody(Limit + (64 * 1024)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await Factory.CreateClient().PostAsync("/api/auth/login", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>An unterminated JSON string of <paramref name="length"/> bytes, made as it is read (never held whole by the test).</summary>
    private sealed class GeneratedBody(long length) : Stream
    {
        private long produced;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => produced; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - produced);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            if (produced == 0 && n > 0)
            {
                buffer[offset] = (byte)'"';
            }

            produced += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
