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
        // The client sends 64 KB of a declared 6 MB and then waits: only a host that answers without reading on can reply.
        await using var source = new HeldBody(available: 64 * 1024);
        var content = new StreamContent(source);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = 3 * Limit;

        var response = await SendAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_chunked_body_is_refused_once_it_passes_the_limit()
    {
        // No declared length: the host reads up to the limit, then refuses without waiting for the rest.
        await using var source = new HeldBody(available: Limit + (64 * 1024));
        var content = new StreamContent(source);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await SendAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpContent content)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            return await Factory.CreateClient().PostAsync("/api/auth/login", content, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("no answer within 30 s: the host waited for a body it should have refused");
            throw;
        }
    }

    /// <summary>
    /// A JSON string body that gives <c>available</c> bytes and then holds (as a slow or hostile client does) until
    /// the request is cancelled or the test ends.
    /// </summary>
    private sealed class HeldBody(long available) : Stream
    {
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long pulled;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => pulled; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (pulled >= available)
            {
                await released.Task.WaitAsync(cancellationToken);
                return 0;
            }

            var n = (int)Math.Min(buffer.Length, available - pulled);
            buffer.Span[..n].Fill((byte)'a');
            if (pulled == 0)
            {
                buffer.Span[0] = (byte)'"';
            }

            pulled += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override ValueTask DisposeAsync()
        {
            released.TrySetResult();
            return base.DisposeAsync();
        }

        protected override void Dispose(bool disposing)
        {
            released.TrySetResult();
            base.Dispose(disposing);
        }
    }
}
