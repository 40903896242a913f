using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>
/// The chain's head at one moment, kept outside the database: the newest row id, its hash, when, under which
/// audit key, and a MAC over all of it. No case data. A log cut short below <see cref="RowId"/>, or a chain
/// recomputed by someone holding the key but not the anchor, no longer matches it.
/// </summary>
public sealed record AuditAnchor(long RowId, string Hash, DateTimeOffset At, string KeyId, string Mac)
{
    public const string Format = "astra-audit-anchor/v1";

    public static AuditAnchor Create(AuditKey key, long rowId, byte[] hash, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(hash);
        var hex = Convert.ToHexStringLower(hash);
        var stamped = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        return new AuditAnchor(rowId, hex, stamped, key.Id, Convert.ToHexStringLower(key.SignAnchor(Signed(rowId, hex, stamped, key.Id))));
    }

    public bool IsSignedBy(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] mac;
        try
        {
            mac = Convert.FromHexString(Mac);
        }
        catch (FormatException)
        {
            return false;
        }

        return string.Equals(KeyId, key.Id, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(mac, key.SignAnchor(Signed(RowId, Hash, At, KeyId)));
    }

    private static byte[] Signed(long rowId, string hash, DateTimeOffset at, string keyId) =>
        Encoding.UTF8.GetBytes(string.Join('\n',
            Format,
            rowId.ToString(CultureInfo.InvariantCulture),
            hash,
            at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            keyId));
}
