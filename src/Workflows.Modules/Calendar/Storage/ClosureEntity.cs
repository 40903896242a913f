namespace Astra.Workflows.Modules.Calendar.Storage;

/// <summary>A day the organisation is closed, on top of public holidays; working-day deadlines skip it.</summary>
public sealed class ClosureEntity
{
    public DateOnly Date { get; set; }

    public string Reason { get; set; } = string.Empty;

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
