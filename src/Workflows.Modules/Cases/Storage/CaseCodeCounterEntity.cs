namespace Astra.Workflows.Modules.Cases.Storage;

/// <summary>Last case number handed out per year, so codes run AS-2026-0001, AS-2026-0002, … without gaps from rollbacks of others.</summary>
public sealed class CaseCodeCounterEntity
{
    public int Year { get; set; }

    public int LastNumber { get; set; }
}
