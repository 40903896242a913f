namespace Astra.Workflows.Modules.Cases.Notes;

/// <summary>A new note, or (with <paramref name="Corrects"/>) a correction that replaces one; the original stays.</summary>
public sealed record WriteNoteRequest(string? Text, Guid? Corrects);

/// <summary><paramref name="Current"/> is false once a later note corrects this one; <paramref name="CorrectedBy"/> names it.</summary>
public sealed record CaseNoteResponse(
    Guid Id,
    Guid CaseId,
    string Text,
    Guid? Corrects,
    Guid? CorrectedBy,
    bool Current,
    Guid? WrittenBy,
    string? WrittenByName,
    DateTimeOffset WrittenAt);

internal static class NoteRules
{
    /// <summary>Notes are short: a longer account belongs in a document.</summary>
    public const int MaxLength = 4000;
}
