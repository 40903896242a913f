namespace Astra.Workflows.Host.Startup.OpenApi;

/// <summary>What each tag of the API document groups; a tag missing here fails the API lint in the test command.</summary>
internal static class ApiTags
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Auth"] = "Signing in (bearer token or session cookie), the antiforgery token for cookie writes, and the signed-in user's own account, preferences and two-factor sign-in.",
        ["Cases"] = "Cases: opening one, the case list, a case's details, phases and team. Case managers see only the cases whose team they are on.",
        ["Clients"] = "The client behind a case: revealing the encrypted identity, searching by identity, and erasing it. Every reveal and search is audited.",
        ["Consent"] = "The client's consents per purpose, their history, and the sharing check made before anything about the client leaves ASTRA.",
        ["Instances"] = "Workflow instances: starting one on a published definition, following its activities, cancelling and retrying it.",
        ["Events"] = "Raising a named event that waiting workflow instances receive.",
        ["Definitions"] = "Workflow definitions: drafts, validation, simulation, publishing, versions, and the activity types a definition can use.",
        ["Tasks"] = "Human tasks created by workflows: the queues, claiming, releasing, assigning and completing them.",
        ["Notifications"] = "The signed-in user's in-app notifications.",
        ["Proceedings"] = "Legal proceedings of a case, with their court, case number and lawyers.",
        ["Hearings"] = "Court hearings of a proceeding: scheduling, changing, cancelling and listing them.",
        ["Deadlines"] = "Legal deadlines of a proceeding, the deadline kinds with their default periods, and completing, moving or dismissing a deadline.",
        ["Calendar"] = "The working-day calendar: public holidays, ASTRA's own closures, and adding working days to a date.",
        ["Calendar feed"] = "A personal iCalendar feed of hearings and deadlines for calendar apps, reached by a secret link that can be rotated.",
        ["Users"] = "Staff members that can be put on a case team or assigned a task.",
        ["Admin"] = "Administration: user accounts and roles, and the e-mail outbox.",
        ["Reports"] = "Anonymous figures: the reports for a period with small counts suppressed, their XLSX/CSV exports, the k-anonymised HTCDS case export, and the Director's overview.",
        ["Referrals"] = "Partner organisations, the service catalogue and funding projects, services a client received, and referrals to and from partners with their answers.",
        ["Audit"] = "The tamper-evident audit log: reading it, verifying its hash chain, and anchoring its head.",
        ["Hotline"] = "The SOS line's contact log: logging and correcting contacts, repeat callers (by a blind index of the number, never the number), the call-back queue, and opening a case from a contact.",
        ["Case notes"] = "Short notes on a case by its team, kept encrypted; corrections append. The team and coordinators read them, every read audited.",
        ["Documents"] = "Files on a case (power of attorney, court decisions, medical findings, ID copies), type checked by content, kept encrypted; every download audited.",
    };
}
