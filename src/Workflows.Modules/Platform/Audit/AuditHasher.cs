using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// hash = HMAC-SHA-256(audit key, prev_hash || canonical fields). Keyed, so a database owner who rewrites rows
/// cannot recompute the chain. Fields are length-prefixed (null distinct from empty) so no two different rows
/// serialise alike; the id is left out because the chain already fixes the order.
/// </summary>
public static class AuditHasher
{
    public const int HashSize = 32;

    public static byte[] Genesis { get; } = new byte[HashSize];

    /// <summary>PostgreSQL keeps microseconds; hashing finer ticks would make every stored row look tampered.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    public static byte[] Compute(AuditKey key, byte[] prevHash, AuditEntryEntity row)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(prevHash);
        ArgumentNullException.ThrowIfNull(row);
        using var buffer = new MemoryStream();
        buffer.Write(prevHash);
        Write(buffer, ((row.At.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10).ToString(CultureInfo.InvariantCulture));
        Write(buffer, row.UserId?.ToString("D"));
        Write(buffer, row.Action);
        Write(buffer, row.Entity);
        Write(buffer, row.EntityId);
        Write(buffer, row.CaseId?.ToString("D"));
        Write(buffer, row.CaseCode);
        Write(buffer, row.Outcome);
        Write(buffer, row.ClientIp);
        Write(buffer, row.Reason);
        return key.MacChain(buffer.ToArray());
    }

    private static void Write(MemoryStream buffer, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            buffer.Write(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
