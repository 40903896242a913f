using System.Security.Cryptography;
using System.Text;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Definitions.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Infrastructure;

/// <summary>Publishes a definition straight into the store, for tests about running instances rather than about publishing.</summary>
internal static class TestDefinitions
{
    public static async Task<int> PublishAsync(AstraApiFactory factory, string json)
    {
        var definition = DefinitionSerializer.Parse(json);
        var normalised = DefinitionSerializer.Write(definition);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var version = (await db.DefinitionVersions.Where(d => d.DefinitionId == definition.DefinitionId).MaxAsync(d => (int?)d.Version) ?? 0) + 1;
        db.DefinitionVersions.Add(new DefinitionVersionEntity
        {
            DefinitionId = definition.DefinitionId,
            Version = version,
            Status = DefinitionVersionStatus.Published,
            Name = definition.Name,
            Json = normalised,
            ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))),
            Source = "test",
            SavedAt = factory.Clock.GetUtcNow(),
            PublishedAt = factory.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
        return version;
    }
}
