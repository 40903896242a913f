using System.Security.Cryptography;
using System.Text;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// The partner's answer link: 256 random bits, URL-safe. Only its SHA-256 is stored, so a copy of the database yields
/// no working link; the token exists in the partner's e-mail alone.
/// </summary>
public static class ReferralTokens
{
    public static (string Token, string Hash) New()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A presented token has the shape of one we issue (43 URL-safe characters); anything else is not looked up.</summary>
    public static bool WellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
