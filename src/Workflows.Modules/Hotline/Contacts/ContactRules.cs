using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Hotline.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>Who may log, read and correct contacts, and who may read a note.</summary>
internal static class ContactRules
{
    /// <summary>Log contacts, open cases from them, work the call-back queue.</summary>
    public static readonly string[] Loggers = [Roles.Admin, Roles.Coordinator, Roles.CaseManager, Roles.HotlineOperator];

    /// <summary>Read the log (coded fields only; notes by <see cref="MayReadNoteAsync"/>). Directors oversee.</summary>
    public static readonly string[] Readers = [.. Loggers, Roles.Director];

    /// <summary>The author corrects within this window; later only a coordinator.</summary>
    public static readonly TimeSpan AuthorWindow = TimeSpan.FromHours(24);

    public static bool MayCorrect(CurrentUser user, ContactEntity contact, DateTimeOffset now) =>
        user.IsCoordinatorOrAdmin || (contact.RecordedBy == user.KnownId && user.KnownId is not null && now - contact.RecordedAt <= AuthorWindow);

    /// <summary>The author, coordinators, and the team of the case the contact is linked to.</summary>
    public static async Task<bool> MayReadNoteAsync(WorkflowsDbContext db, CurrentUser user, ContactEntity contact, CancellationToken cancellationToken)
    {
        if (user.IsCoordinatorOrAdmin || (user.KnownId is { } id && contact.RecordedBy == id))
        {
            return true;
        }

        return contact.CaseId is { } caseId && user.KnownId is { } userId
            && await CaseTeams.CaseIdsOf(db, userId).AnyAsync(c => c == caseId, cancellationToken);
    }
}
