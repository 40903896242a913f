using System.Globalization;
using System.Threading.RateLimiting;
using Astra.Workflows.Engine.Time;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Referrals;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.PartnerPage;

/// <summary>
/// <c>/r/{token}</c>: the partner answers without an account. The token is the only permission: a wrong, expired or
/// revoked one (or a withdrawn referral) is a plain 404 that changes nothing. An answer, once given, cannot be changed
/// here (409); the partner may later report served or no-show. Every use is audited, denials too; rate-limited per address.
/// </summary>
internal static class PartnerPageEndpoints
{
    public const string RateLimitPolicy = "referral-link";

    public static void AddPartnerPageRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Astra:Referrals:LinkPermitsPerMinute", 60);
        services.AddRateLimiter(o => o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
    }

    public static IEndpointRouteBuilder MapPartnerPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/r/{token}", ViewAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy).ExcludeFromDescription();
        app.MapPost("/r/{token}", AnswerAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicy).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ViewAsync(string token, HttpContext http, WorkflowsDbContext db, AuditKey auditKey, TimeProvider time, CancellationToken cancellationToken)
    {
        Headers(http);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (referral, partner) = await ResolveAsync(db, token, time, cancellationToken);
        if (referral is null || partner is null)
        {
            await AuditAsync(db, auditKey, http, time, ReferralAudit.LinkDenied, null, "denied", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return NotFound();
        }

        var data = await MinimumData.ForAsync(db, referral, partner, cancellationToken);
        await AuditAsync(db, auditKey, http, time, ReferralAudit.LinkView, referral, "ok", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Page(PartnerPageHtml.Render(data, referral, null, showForms: true), StatusCodes.Status200OK);
    }

    private static async Task<IResult> AnswerAsync(
        string token, HttpContext http, WorkflowsDbContext db, AuditKey auditKey, ReferralNotifier notifier, ReferralEvents events,
        TimeProvider time, CancellationToken cancellationToken)
    {
        Headers(http);
        var form = await ReadFormAsync(http.Request, cancellationToken);
        var action = form?["action"].ToString();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (referral, partner) = await ResolveAsync(db, token, time, cancellationToken);
        if (referral is null || partner is null)
        {
            await AuditAsync(db, auditKey, http, time, ReferralAudit.LinkDenied, null, "denied", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return NotFound();
        }

        var data = await MinimumData.ForAsync(db, referral, partner, cancellationToken);
        string T((string, string, string) texts) => PartnerLanguage.Pick(data.Language, texts);
        var now = time.GetUtcNow();
        var answering = action is "accept" or "decline";
        var reporting = action is "served" or "noShow";
        if ((answering && !ReferralChanges.CanAnswer(referral)) || (reporting && referral.Status != ReferralStatuses.Accepted))
        {
            await AuditAsync(db, auditKey, http, time, ReferralAudit.LinkAnswer, referral, "denied", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Page(PartnerPageHtml.Render(data, referral, T(PartnerTexts.AlreadyAnswered), showForms: false), StatusCodes.Status409Conflict);
        }

        string? outcome = null;
        var completed = false;
        if (action == "accept" && ParseAppointment(form!["appointment"].ToString(), now) is { } appointment)
        {
            outcome = await ReferralChanges.AnswerAsync(db, referral, true, appointment, null, null, "link", now, cancellationToken);
        }
        else if (action == "decline" && form!["declineReason"].ToString() is var reason && ReferralVocabulary.DeclineReasons.Contains(reason))
        {
            outcome = await ReferralChanges.AnswerAsync(db, referral, false, null, reason, null, "link", now, cancellationToken);
        }
        else if (reporting)
        {
            await ReferralChanges.CompleteAsync(db, referral, action!, null, null, now, OrganisationTime.Today(time), cancellationToken);
            completed = true;
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
            return Page(PartnerPageHtml.Render(data, referral, T(PartnerTexts.Invalid), showForms: true), StatusCodes.Status400BadRequest);
        }

        await notifier.AddAsync(db, referral, referral.Status, coordinators: false, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await AuditAsync(db, auditKey, http, time, ReferralAudit.LinkAnswer, referral, "ok", cancellationToken, referral.Outcome ?? referral.Status);
        await transaction.CommitAsync(cancellationToken);
        const string actor = "partner-link";
        if (outcome is not null)
        {
            await events.RaiseOutcomeAsync(referral, outcome, partner.Name, actor, cancellationToken);
        }

        if (completed)
        {
            await events.RaiseCompletedAsync(referral, actor, cancellationToken);
        }

        return Page(PartnerPageHtml.Render(data, referral, T(PartnerTexts.Thanks), showForms: true), StatusCodes.Status200OK);
    }

    /// <summary>The referral behind a live token, locked; null for a malformed, unknown, revoked or expired one.</summary>
    private static async Task<(ReferralEntity?, PartnerEntity?)> ResolveAsync(WorkflowsDbContext db, string token, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!ReferralTokens.WellFormed(token))
        {
            return (null, null);
        }

        var referral = await ReferralChanges.LockByTokenAsync(db, ReferralTokens.Hash(token), cancellationToken);
        if (referral is null || referral.TokenRevoked || referral.Status == ReferralStatuses.Withdrawn
            || referral.TokenExpiresAt is not { } expires || expires < time.GetUtcNow())
        {
            return (null, null);
        }

        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == referral.PartnerId, cancellationToken);
        return (referral, partner);
    }

    /// <summary>
    /// The posted form, or null for one the framework cannot read (too many or too long fields, broken multipart): such
    /// a post is answered like a form without a valid action, never with a server error.
    /// </summary>
    private static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }

    /// <summary>The appointment as the browser's datetime-local sends it, read as Belgrade time; not in the past.</summary>
    private static DateTimeOffset? ParseAppointment(string text, DateTimeOffset now)
    {
        if (!DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return null;
        }

        // Bounded on the wall clock first: year 0001 or 9999 has no instant in Belgrade time to convert to.
        var today = OrganisationTime.ToLocal(now).DateTime;
        if (local < today.AddDays(-2) || local > today.AddYears(1).AddDays(2))
        {
            return null;
        }

        var at = OrganisationTime.FromLocal(local);
        return at < now.AddHours(-1) || at > now.AddYears(1) ? null : at;
    }

    private static Task<AuditEntryEntity> AuditAsync(
        WorkflowsDbContext db, AuditKey key, HttpContext http, TimeProvider time, string action, ReferralEntity? referral, string outcome,
        CancellationToken cancellationToken, string? reason = null) =>
        AuditTrail.AppendAsync(db, key, new AuditRecord(
            null, action, "referral", referral?.Id.ToString("D"), referral?.CaseId, referral?.CaseCode, outcome,
            http.Connection.RemoteIpAddress?.ToString(), reason), time.GetUtcNow(), cancellationToken);

    private static void Headers(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = PartnerPageHtml.ContentSecurityPolicy;
    }

    private static IResult NotFound() => Results.Text("Not found", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    private static IResult Page(string html, int status) => Results.Text(html, "text/html; charset=utf-8", statusCode: status);
}
