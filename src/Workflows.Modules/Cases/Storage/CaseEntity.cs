namespace Astra.Workflows.Modules.Cases.Storage;

/// <summary>Case data under a pseudonymous code; the client's identity never lives in this row.</summary>
public sealed class CaseEntity
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public string Phase { get; set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; set; }

    public Guid? CreatedBy { get; set; }
}
