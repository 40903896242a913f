using System.Text.Json;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>Per-burst facts from the host: the clock, who acts, and the case as scripts should see it.</summary>
public sealed record RunContext(TimeProvider Time, string Actor = RunContext.SystemActor, JsonElement? Case = null)
{
    public const string SystemActor = "system";
}
