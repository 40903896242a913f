using Astra.Workflows.Modules.Platform.Database;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Astra.Workflows.Modules.Platform.Crypto;

/// <summary>The one list of sealed-record rotations, shared by the running host and the rotate-master-key command.</summary>
public static class SealedRecordRotations
{
    /// <summary>
    /// Registers every <see cref="ISealedRecordRotation"/> of the modules. Found by type rather than listed: the rotate
    /// command runs before the modules are registered (it must not need their configuration), and a rotation a
    /// module forgot to list would leave rows that die with the old key.
    /// </summary>
    public static IServiceCollection AddSealedRecordRotations(this IServiceCollection services)
    {
        var rotations = typeof(ISealedRecordRotation).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISealedRecordRotation).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var rotation in rotations)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(ISealedRecordRotation), rotation));
        }

        return services;
    }

    public static async Task<IReadOnlyList<(string Records, int Count)>> RunAsync(
        IEnumerable<ISealedRecordRotation> rotations, WorkflowsDbContext db, MasterKey from, MasterKey to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rotations);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Id == to.Id)
        {
            throw new InvalidOperationException("The new master key is the current one.");
        }

        var counts = new List<(string, int)>();
        foreach (var rotation in rotations)
        {
            counts.Add((rotation.Records, await rotation.RewrapAsync(db, from, to, cancellationToken)));
        }

        return counts;
    }
}
