namespace Astra.Workflows.Modules.Legal.Storage;

/// <summary>A kind of legal deadline; the days are calendar days from service, editable because lawyers must confirm them.</summary>
public sealed class LegalDeadlineKindEntity
{
    public string Key { get; set; } = string.Empty;

    /// <summary>The English label (the column predates the Serbian ones).</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>Null on rows from before per-language labels: the shipped kinds' built-in Serbian names apply.</summary>
    public string? LabelSrLatn { get; set; }

    /// <summary>Null when derived from <see cref="LabelSrLatn"/> by <c>SerbianScript</c>.</summary>
    public string? LabelSrCyrl { get; set; }

    public int Days { get; set; }

    public bool Hard { get; set; }
}
