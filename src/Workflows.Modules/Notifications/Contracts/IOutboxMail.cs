using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Notifications.Contracts;

/// <summary>
/// An e-mail to an address outside the service's users (a partner organisation), written to the outbox in the
/// caller's unit of work so it leaves only if the change that caused it commits. The caller renders the text and
/// answers for what it carries (no client name, health or legal detail).
/// </summary>
public interface IOutboxMail
{
    void Add(WorkflowsDbContext db, OutgoingMail mail);
}
