using System.Text.Json;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>What the outside world hands a bookmark: an optional outcome (task completion) and data.</summary>
public sealed record ResumePayload(string? Outcome = null, JsonElement? Data = null)
{
    public static ResumePayload Empty { get; } = new();
}
