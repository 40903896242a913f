using System.Security.Cryptography;
using Astra.Workflows.Persistence;
using Astra.Workflows.Persistence.Legal;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Features.CalendarFeed;

/// <summary>256-bit random tokens, URL-safe; one per user, replaced on rotation.</summary>
internal static class CalendarFeedTokens
{
    public static async Task<string> GetOrCreateAsync(WorkflowsDbContext db, Guid userId, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await db.CalendarFeedTokens.AsNoTracking().Where(t => t.UserId == userId).Select(t => t.Token).FirstOrDefaultAsync(cancellationToken);
        return existing ?? await RotateAsync(db, userId, time, cancellationToken);
    }

    public static async Task<string> RotateAsync(WorkflowsDbContext db, Guid userId, TimeProvider time, CancellationToken cancellationToken)
    {
        var token = Base64UrlToken();
        var now = time.GetUtcNow();
        // Upsert: the old token stops resolving in the same statement the new one starts to.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO astra.calendar_feed_tokens (user_id, token, created_at) VALUES ({userId}, {token}, {now})
            ON CONFLICT (user_id) DO UPDATE SET token = EXCLUDED.token, created_at = EXCLUDED.created_at
            """, cancellationToken);
        return token;
    }

    private static string Base64UrlToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
