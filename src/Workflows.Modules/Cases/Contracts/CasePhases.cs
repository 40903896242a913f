namespace Astra.Workflows.Modules.Cases.Contracts;

/// <summary>The phases of a client's path through assistance.</summary>
public static class CasePhases
{
    public const string Identification = "identification";
    public const string Emergency = "emergency";
    public const string Recovery = "recovery";
    public const string Reintegration = "reintegration";
    public const string Closure = "closure";

    public static IReadOnlyList<string> All { get; } = [Identification, Emergency, Recovery, Reintegration, Closure];
}
