using System.Buffers;
using System.Text.Json;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>
/// A value serialised as UTF-8 JSON into a buffer rented from the shared pool, handed to Npgsql as bytes for a
/// <c>jsonb</c> parameter (ADR 0053): a burst's state and answer cost no string and no fresh array. Dispose it once
/// the statement that carries it has run.
/// </summary>
internal sealed class PooledJson : IBufferWriter<byte>, IDisposable
{
    private const int FirstSize = 4096;

    // Serialisation runs without an await, so the thread's writer is never shared; only the writer object is
    // reused, pointed at each burst's own buffer and let go of afterwards.
    [ThreadStatic]
    private static Utf8JsonWriter? threadWriter;

    private byte[] buffer;
    private int written;

    private PooledJson() => buffer = ArrayPool<byte>.Shared.Rent(FirstSize);

    public ReadOnlyMemory<byte> Utf8 => buffer.AsMemory(0, written);

    public static PooledJson Of<T>(T value, JsonSerializerOptions options)
    {
        var json = new PooledJson();
        try
        {
            var writer = threadWriter ??= new Utf8JsonWriter(
                json, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented, MaxDepth = options.MaxDepth, SkipValidation = true });
            writer.Reset(json);
            try
            {
                JsonSerializer.Serialize(writer, value, options);
                writer.Flush();
            }
            finally
            {
                writer.Reset(NoBuffer.Instance);
            }

            return json;
        }
        catch
        {
            json.Dispose();
            throw;
        }
    }

    public void Advance(int count) => written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
            written = 0;
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, written + needed));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    /// <summary>Where the thread's writer points between uses, so it holds no burst's buffer.</summary>
    private sealed class NoBuffer : IBufferWriter<byte>
    {
        public static readonly NoBuffer Instance = new();

        public void Advance(int count) => throw new InvalidOperationException("The idle JSON writer was written to.");

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new InvalidOperationException("The idle JSON writer was written to.");

        public Span<byte> GetSpan(int sizeHint = 0) => throw new InvalidOperationException("The idle JSON writer was written to.");
    }
}
