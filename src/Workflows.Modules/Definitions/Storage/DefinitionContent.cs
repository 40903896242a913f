using System.Security.Cryptography;
using System.Text;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Modules.Definitions.Storage;

/// <summary>
/// A definition in its normalised form, as stored. Normalising first means formatting, comments and
/// trailing commas in a hand-edited file do not count as a change when the import compares hashes.
/// </summary>
public sealed record DefinitionContent(WorkflowDefinition Definition, string Json, string Hash)
{
    public string DefinitionId => Definition.DefinitionId;

    public static DefinitionContent From(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var json = DefinitionSerializer.Write(definition);
        return new DefinitionContent(definition, json, HashOf(json));
    }

    /// <summary>Re-serialises stored JSON: jsonb keeps neither key order nor layout, the serializer restores both.</summary>
    public static string Normalise(string json) => DefinitionSerializer.Write(DefinitionSerializer.Parse(json));

    private static string HashOf(string json) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
