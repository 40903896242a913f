using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Astra.Workflows.Modules.Referrals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// Everything a partner ever sees of a referral (issue 15, "minimum data"): the case code, the services, the urgency,
/// the interpreter need and ASTRA's contact person. Never the client's name, date of birth, the reason or any form data;
/// the e-mail and the partner page are both rendered from this record alone, so neither can show more.
/// </summary>
public sealed record MinimumData(
    string CaseCode,
    IReadOnlyList<string> Services,
    string Urgency,
    string? InterpreterLanguage,
    string? ContactName,
    string? ContactEmail,
    DateTimeOffset? RespondBy,
    string Language)
{
    public static async Task<MinimumData> ForAsync(WorkflowsDbContext db, ReferralEntity referral, PartnerEntity partner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(partner);
        var language = PartnerLanguage.Of(partner);
        var keys = referral.Services;
        var services = await db.ServiceTypes.AsNoTracking().Where(s => keys.Contains(s.Key)).ToListAsync(cancellationToken);
        var labels = keys.Select(k => services.FirstOrDefault(s => s.Key == k) is { } s ? ServiceCatalogue.Label(s, language) : k).ToList();
        var contact = referral.ContactUserId is { } id
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new MinimumData(referral.CaseCode, labels, referral.Urgency, referral.InterpreterLanguage, contact?.DisplayName, contact?.Email, referral.RespondBy, language);
    }
}
