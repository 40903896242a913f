using System.Collections.Frozen;

namespace Astra.Workflows.Engine.Calendar;

/// <summary>A fixed set of closures: the default (none) until the database-backed provider exists, and for tests.</summary>
public sealed class InMemoryOrganisationClosures : IOrganisationClosures
{
    public static readonly InMemoryOrganisationClosures None = new([]);

    private readonly FrozenDictionary<int, FrozenSet<DateOnly>> byYear;

    public InMemoryOrganisationClosures(IEnumerable<DateOnly> closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        byYear = closures
            .GroupBy(d => d.Year)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenSet());
    }

    public IReadOnlySet<DateOnly> ClosuresFor(int year) =>
        byYear.TryGetValue(year, out var closures) ? closures : FrozenSet<DateOnly>.Empty;
}
