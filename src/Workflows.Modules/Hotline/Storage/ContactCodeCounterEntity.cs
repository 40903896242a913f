namespace Astra.Workflows.Modules.Hotline.Storage;

/// <summary>Last contact number handed out per year (KT-2026-00001, …), the same atomic upsert as case codes.</summary>
public sealed class ContactCodeCounterEntity
{
    public int Year { get; set; }

    public int LastNumber { get; set; }
}
