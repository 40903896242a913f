using System.Diagnostics.CodeAnalysis;

// IWorkingDayCalendar's shape is agreed with the engine branch and must stay byte-for-byte identical there, so the
// VB-keyword warning on its "date" parameter is silenced here instead of renaming it. No VB consumers exist.
[assembly: SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Justification = "Interface shape is shared with a parallel branch; C#-only consumers.",
    Scope = "member",
    Target = "~M:Astra.Workflows.Engine.Time.IWorkingDayCalendar.IsWorkingDay(System.DateOnly)~System.Boolean")]
