namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>A kind of legal deadline; the days are calendar days from service, editable because lawyers must confirm them.</summary>
public sealed class LegalDeadlineKindEntity
{
    public string Key { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public int Days { get; set; }

    public bool Hard { get; set; }
}
