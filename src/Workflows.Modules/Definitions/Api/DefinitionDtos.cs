using System.Text.Json;
using Astra.Workflows.Engine.Simulation;
using Astra.Workflows.Engine.Validation;

namespace Astra.Workflows.Modules.Definitions.Api;

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

/// <summary>
/// Neither list makes a definition invalid: <see cref="Warnings"/> are about how it runs (a due that can land on a
/// non-working day) and are shown on the node; <see cref="Untranslated"/> are texts with no Serbian yet.
/// </summary>
public sealed record DefinitionValidationResult(
    bool Valid,
    IReadOnlyList<ValidationProblem> Problems,
    IReadOnlyList<ValidationProblem> Warnings,
    IReadOnlyList<ValidationProblem> Untranslated);

/// <summary>
/// <c>POST /api/definitions/simulate</c>: <see cref="Definition"/> in the format of definitions/*.workflow.json; the rest
/// is optional (start now, empty input, first outcomes, 500 steps, 365 days). Read by hand so each bad field is named.
/// </summary>
public sealed record SimulateDefinitionRequest(
    JsonElement Definition,
    DateTimeOffset? StartAt,
    JsonElement? Input,
    IReadOnlyDictionary<string, SimulationChoiceBody>? Choices,
    int? MaxSteps,
    int? HorizonDays);

/// <summary>How the simulated person completes one task (see <c>SimulationChoice</c> in the engine).</summary>
public sealed record SimulationChoiceBody(string? Outcome, JsonElement? Data, int? AfterWorkingDays, bool? Late);

public sealed record SimulateDefinitionResponse(IReadOnlyList<SimulationStep> Steps, string FinalStatus, IReadOnlyList<string> Problems);

/// <summary>
/// One stored version for the designer's history and diff. <see cref="SavedBy"/> is who last saved its content (a user or
/// an imported file). <see cref="PublishedBy"/> is known only for imported files (saved and published in one step); the
/// store keeps no publisher for designer publishes yet, so it is null there.
/// </summary>
public sealed record DefinitionVersionListItem(
    int Version,
    string Status,
    string Name,
    DateTimeOffset SavedAt,
    DefinitionAuthor SavedBy,
    DateTimeOffset? PublishedAt,
    DefinitionAuthor? PublishedBy);

/// <summary><see cref="Kind"/>: user (id = user id), file (id = file name) or system.</summary>
public sealed record DefinitionAuthor(string Kind, string Id, string? DisplayName);
