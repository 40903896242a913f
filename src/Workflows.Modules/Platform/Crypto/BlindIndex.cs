using System.Security.Cryptography;
using System.Text;

namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of normalised values for equality search. Without the master key the hashes cannot
/// be brute-forced from a list of common names; each field has its own key so equal values in different fields do not match.
/// </summary>
public static class BlindIndex
{
    public static string? FullName(string? fullName, MasterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Hash(SearchNormaliser.Name(fullName), key.FullNameIndexKey);
    }

    public static string? DocumentNumber(string? number, MasterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Hash(SearchNormaliser.DocumentNumber(number), key.DocumentNumberIndexKey);
    }

    /// <summary>A caller's phone number, already normalised to E.164 by the caller (the hotline), so local and international forms match.</summary>
    public static string? CallerNumber(string? e164, MasterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Hash(e164?.Trim() ?? string.Empty, key.CallerNumberIndexKey);
    }

    private static string? Hash(string normalised, byte[] key) =>
        normalised.Length == 0 ? null : Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalised)));
}
