using System.Text.Json;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Activities;

/// <summary>Reads dynamic outcomes: a list of strings, or a list of objects with an <c>outcome</c> property.</summary>
public static class ActivityOutcomes
{
    public static IReadOnlyList<string> Resolve(ActivityDescriptor descriptor, ActivityDefinition activity)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(activity);
        if (descriptor.DynamicOutcomesInput is not { } inputName
            || !activity.Inputs.TryGetValue(inputName, out var value)
            || value.ValueKind != JsonValueKind.Array)
        {
            return descriptor.Outcomes;
        }

        var outcomes = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("outcome", out var o) && o.ValueKind == JsonValueKind.String => o.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !outcomes.Contains(name, StringComparer.Ordinal))
            {
                outcomes.Add(name);
            }
        }

        outcomes.AddRange(descriptor.Outcomes.Where(o => !outcomes.Contains(o, StringComparer.Ordinal)));
        return outcomes;
    }
}
