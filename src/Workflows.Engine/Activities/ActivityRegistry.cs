using System.Collections.Frozen;

namespace Astra.Workflows.Engine.Activities;

/// <summary>All activity types the engine knows, by stable key. Built once at start-up.</summary>
public sealed class ActivityRegistry
{
    private readonly FrozenDictionary<string, IActivity> byKey;

    public ActivityRegistry(IEnumerable<IActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var map = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (!map.TryAdd(activity.Descriptor.Key, activity))
            {
                throw new ArgumentException($"Two activity types declare the key '{activity.Descriptor.Key}'.", nameof(activities));
            }
        }

        byKey = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<ActivityDescriptor> Descriptors =>
        byKey.Values.Select(a => a.Descriptor).OrderBy(d => d.Category, StringComparer.Ordinal).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();

    public bool TryGet(string key, out IActivity activity) => byKey.TryGetValue(key, out activity!);

    public IActivity Get(string key) =>
        TryGet(key, out var activity) ? activity : throw new KeyNotFoundException($"Unknown activity type '{key}'.");
}
