namespace Astra.Workflows.Modules.Platform.Audit;

/// <summary>Action names as stored in the audit log; filters and reports depend on their spelling.</summary>
internal static class AuditActions
{
    public const string CaseCreate = "case.create";
    public const string CaseRead = "case.read";
    public const string TaskRead = "task.read";
    public const string InstanceRead = "instance.read";
    public const string ClientCreate = "client.create";
    public const string ClientReveal = "client.reveal";
    public const string ClientErase = "client.erase";
    public const string ClientSearch = "client.search";
    public const string ConsentGive = "consent.give";
    public const string ConsentWithdraw = "consent.withdraw";
    public const string SharingCheck = "sharing.check";
    public const string AuditRead = "audit.read";
    public const string EventRaise = "event.raise";
    public const string InstanceStart = "instance.start";
    public const string DefinitionPublish = "definition.publish";
    public const string TaskClaim = "task.claim";
    public const string TaskComplete = "task.complete";
    public const string TaskAssign = "task.assign";
    public const string TaskRelease = "task.release";
    public const string TeamChange = "team.change";
    public const string TeamRead = "team.read";
    public const string HearingRead = "hearing.read";
    public const string HearingList = "hearing.list";
    public const string HearingSchedule = "hearing.schedule";
    public const string HearingUpdate = "hearing.update";
    public const string HearingCancel = "hearing.cancel";
    public const string ProceedingRead = "proceeding.read";
    public const string ProceedingCreate = "proceeding.create";
    public const string DeadlineList = "deadline.list";
    public const string DeadlineCreate = "deadline.create";
    public const string DeadlineChange = "deadline.change";
    public const string DeadlineComplete = "deadline.complete";
    public const string DeadlineRead = "deadline.read";
    public const string DeadlineKindChange = "deadline-kind.change";
    public const string ConsentRead = "consent.read";
    public const string SignIn = "auth.sign-in";
    public const string SignOut = "auth.sign-out";
    public const string PasswordChange = "auth.password-change";
    public const string SecondFactorChange = "auth.second-factor-change";
    public const string UserCreate = "user.create";
    public const string UserRoles = "user.roles";
    public const string UserDisable = "user.disable";
    public const string UserEnable = "user.enable";
    public const string ContactCreate = "contact.create";
    public const string ContactRead = "contact.read";
    public const string ContactCorrect = "contact.correct";
    public const string ContactOpenCase = "contact.open-case";
    public const string ContactRepeatLookup = "contact.repeat-lookup";
    public const string ContactCallBack = "contact.call-back";
    public const string ClientUpdate = "client.update";
    public const string CaseSearch = "case.search";
}

internal static class AuditOutcomes
{
    public const string Ok = "ok";
    public const string Failed = "failed";
    public const string Allowed = "allowed";
    public const string Denied = "denied";
    public const string Override = "override";
}
