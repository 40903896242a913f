using System.Security.Cryptography;
using System.Text;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Crypto;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Legal.CalendarFeed;

/// <summary>
/// 256-bit URL-safe tokens, one per user. The database keeps a random nonce and the token's SHA-256 only: the token is
/// an HMAC of the user and nonce under a master-key-derived key, so the owner can be shown their address again while a
/// copy of the database yields no working feed URL (ADR 0019).
/// </summary>
internal static class CalendarFeedTokens
{
    private const string Purpose = "astra/calendar-feed/v1";

    public static async Task<string> GetOrCreateAsync(WorkflowsDbContext db, MasterKey masterKey, Guid userId, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        var existing = await db.CalendarFeedTokens.AsNoTracking().Where(t => t.UserId == userId)
            .Select(t => new { t.Nonce, t.TokenHash }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            var token = Token(masterKey, userId, existing.Nonce);
            // After a master-key rotation the stored hash no longer matches: issue a new address instead of a dead one.
            if (Hash(token) == existing.TokenHash)
            {
                return token;
            }
        }

        return await RotateAsync(db, masterKey, userId, time, cancellationToken);
    }

    public static async Task<string> RotateAsync(WorkflowsDbContext db, MasterKey masterKey, Guid userId, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var nonce = Base64Url(RandomNumberGenerator.GetBytes(16));
        var token = Token(masterKey, userId, nonce);
        var hash = Hash(token);
        var now = time.GetUtcNow();
        // Upsert: the old token stops resolving in the same statement the new one starts to.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO astra.calendar_feed_tokens (user_id, token_hash, nonce, created_at) VALUES ({userId}, {hash}, {nonce}, {now})
            ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, nonce = EXCLUDED.nonce, created_at = EXCLUDED.created_at
            """, cancellationToken);
        return token;
    }

    /// <summary>What the feed endpoint looks a presented token up by.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Token(MasterKey masterKey, Guid userId, string nonce)
    {
        var key = masterKey.DerivePurposeKey(Purpose);
        try
        {
            return Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{userId:D}/{nonce}")));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
