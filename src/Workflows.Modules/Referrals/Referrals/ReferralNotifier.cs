using Astra.Workflows.Modules.Notifications.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Links;
using Astra.Workflows.Modules.Referrals.Storage;
using Astra.Workflows.Modules.Users.Contracts;

namespace Astra.Workflows.Modules.Referrals.Referrals;

/// <summary>
/// Notices to staff about a referral (answered, reminder, expired): the case code, what happened and a link to the
/// case. Not the partner's name or the services, which can reveal health detail; the linked page shows them.
/// </summary>
public sealed class ReferralNotifier(INoticeWriter writer, PublicUrl publicUrl)
{
    public const string Kind = "referral";

    private static readonly Dictionary<string, (string, string, string)> Leads = new(StringComparer.Ordinal)
    {
        [ReferralStatuses.Accepted] = ("A partner accepted referral {0}.", "Partner je prihvatio upućivanje {0}.", "Партнер је прихватио упућивање {0}."),
        [ReferralStatuses.Declined] = ("A partner declined referral {0}.", "Partner je odbio upućivanje {0}.", "Партнер је одбио упућивање {0}."),
        [ReferralStatuses.Completed] = ("A partner reported on referral {0}.", "Partner je izvestio o upućivanju {0}.", "Партнер је известио о упућивању {0}."),
        [ReferralTimerKinds.Remind] = ("Referral {0} has no answer yet: please call the partner.", "Upućivanje {0} još nema odgovor: pozovite partnera.", "Упућивање {0} још нема одговор: позовите партнера."),
        [ReferralStatuses.NotSent] = ("A workflow could not send referral {0} (no consent or no partner): please see to it.", "Tok rada nije mogao da pošalje upućivanje {0} (nema pristanka ili partnera): molimo preuzmite.", "Ток рада није могао да пошаље упућивање {0} (нема пристанка или партнера): молимо преузмите."),
        [ReferralStatuses.Expired] = ("Referral {0} got no answer in time.", "Upućivanje {0} nije dobilo odgovor u roku.", "Упућивање {0} није добило одговор у року."),
    };

    /// <summary>The case manager side: whoever sent it and the named contact person.</summary>
    public static IReadOnlyCollection<Guid> CaseSide(ReferralEntity referral) =>
        new[] { referral.CreatedBy, referral.ContactUserId }.OfType<Guid>().Distinct().ToList();

    public async Task AddAsync(WorkflowsDbContext db, ReferralEntity referral, string what, bool coordinators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(referral);
        List<Guid> recipients = [.. CaseSide(referral)];
        if (coordinators || recipients.Count == 0)
        {
            recipients.AddRange(await UsersInRoles.ListAsync(db, [Roles.Coordinator], cancellationToken));
        }

        var path = $"cases/{referral.CaseId:D}";
        var link = publicUrl.Link(path);
        var lead = Leads[what];
        await writer.AddAsync(db, new NoticeRequest(recipients.Distinct().ToList(), Kind, language =>
        {
            var subject = "[ASTRA] " + string.Format(System.Globalization.CultureInfo.InvariantCulture, NoticeTexts.Pick(language, lead), referral.CaseCode);
            return (subject, $"{subject}\n\n{link}\n");
        }, Link: path), cancellationToken);
    }
}
