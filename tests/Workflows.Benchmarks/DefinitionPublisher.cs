using System.Security.Cryptography;
using System.Text;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.Storage;

namespace Astra.Workflows.Benchmarks;

/// <summary>Publishes a definition straight into <c>astra.definition_versions</c> as version 1.</summary>
internal static class DefinitionPublisher
{
    public static async Task PublishAsync(WorkflowsDbContext db, string json, TimeProvider time, CancellationToken cancellationToken)
    {
        var definition = DefinitionSerializer.Parse(json);
        var normalised = DefinitionSerializer.Write(definition);
        var now = time.GetUtcNow();
        db.DefinitionVersions.Add(new DefinitionVersionEntity
        {
            DefinitionId = definition.DefinitionId,
            Version = 1,
            Status = DefinitionVersionStatus.Published,
            Name = definition.Name,
            Json = normalised,
            ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))),
            Source = "benchmark",
            SavedAt = now,
            PublishedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
