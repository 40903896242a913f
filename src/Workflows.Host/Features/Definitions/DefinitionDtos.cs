using System.Text.Json;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Host.Features.Definitions;

public sealed record DefinitionSummary(string DefinitionId, string Name, int? PublishedVersion, bool HasDraft, DateTimeOffset UpdatedAt);

public sealed record DefinitionVersionSummary(int Version, string Status, DateTimeOffset SavedAt, DateTimeOffset? PublishedAt, string Source);

public sealed record DefinitionDetails(
    string DefinitionId,
    string Name,
    int? PublishedVersion,
    int? DraftVersion,
    IReadOnlyList<DefinitionVersionSummary> Versions,
    JsonElement Definition,
    ImportConflict? ImportConflict);

public sealed record DraftSaved(string DefinitionId, int Version, string Status);

public sealed record DefinitionPublished(string DefinitionId, int Version);

public sealed record DefinitionValidationResult(bool Valid, IReadOnlyList<ValidationProblem> Problems);
