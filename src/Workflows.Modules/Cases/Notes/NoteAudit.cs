namespace Astra.Workflows.Modules.Cases.Notes;

/// <summary>Audit action names of case notes and documents; filters and reports depend on their spelling.</summary>
public static class CaseRecordAudit
{
    public const string NoteList = "note.list";
    public const string NoteWrite = "note.write";
    public const string DocumentList = "document.list";
    public const string DocumentUpload = "document.upload";
    public const string DocumentDownload = "document.download";
    public const string DocumentDelete = "document.delete";
    public const string DocumentRefused = "document.refused";
}
