using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Definitions.Storage;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>
/// Brings definitions/*.workflow.json into the store. A file only ever replaces versions it wrote itself
/// (Source <c>file:&lt;name&gt;</c>); when a designer edit is newer the file is not applied and the conflict is
/// logged and recorded for <c>GET /api/definitions/{id}</c>. A bad file is logged and skipped, never fatal: scripts and
/// templates are size- and depth-checked before parsing (ADR 0015), so no file can overflow the stack at start-up.
/// </summary>
public sealed partial class DefinitionImporter(
    DefinitionStore store,
    DefinitionValidator validator,
    ImportConflicts conflicts,
    ILogger<DefinitionImporter> logger)
{
    public const string FilePattern = "*.workflow.json";

    public async Task<IReadOnlyList<DefinitionImportResult>> ImportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var results = new List<DefinitionImportResult>();
        foreach (var path in Directory.EnumerateFiles(directory, FilePattern).Order(StringComparer.Ordinal))
        {
            results.Add(await ImportFileAsync(path, cancellationToken));
        }

        return results;
    }

    private async Task<DefinitionImportResult> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        WorkflowDefinition definition;
        try
        {
            definition = DefinitionSerializer.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (DefinitionParseException e)
        {
            LogInvalid(file, e.Message);
            return new(file, null, DefinitionImportOutcome.Invalid, Message: e.Message);
        }

        IReadOnlyList<ValidationProblem> problems;
        try
        {
            problems = DefinitionChecks.Validate(validator, definition);
        }
#pragma warning disable CA1031 // One file the validator cannot cope with is reported like an invalid file; the others still import.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogInvalid(file, $"validation failed: {e.GetType().Name}");
            return new(file, definition.DefinitionId, DefinitionImportOutcome.Invalid, Message: "The definition could not be validated.");
        }

        if (problems.Count > 0)
        {
            var message = string.Join(" | ", problems.Select(p => p.Message));
            LogInvalid(file, message);
            return new(file, definition.DefinitionId, DefinitionImportOutcome.Invalid, Message: message);
        }

        return await ApplyAsync(file, DefinitionContent.From(definition), cancellationToken);
    }

    private async Task<DefinitionImportResult> ApplyAsync(string file, DefinitionContent content, CancellationToken cancellationToken)
    {
        var id = content.DefinitionId;
        var source = DefinitionSources.File(file);
        var newest = (await store.ListVersionsAsync(id, cancellationToken)).MaxBy(v => v.Version);
        if (newest is not null && newest.ContentHash == content.Hash)
        {
            // Matching content settles any earlier conflict (e.g. the designer's edit was copied into the file).
            conflicts.Clear(id);
            return new(file, id, DefinitionImportOutcome.Unchanged, newest.Version);
        }

        if (newest is not null && newest.Source != source)
        {
            var message = DefinitionSources.IsFile(newest.Source)
                ? $"Definition '{id}' is also defined by {newest.Source[DefinitionSources.FilePrefix.Length..]}; {file} was not imported."
                : $"Version {newest.Version} ({newest.Status}) of '{id}' was edited in the designer and differs from {file}; the file was not imported. Copy the stored definition into the file, or re-apply the file's changes in the designer.";
            conflicts.Record(id, new ImportConflict(file, message));
            LogConflict(file, id, message);
            return new(file, id, DefinitionImportOutcome.Conflict, newest.Version, message);
        }

        var result = await store.SaveAndPublishAsync(content, source, cancellationToken);
        if (result.Status != DefinitionWriteStatus.Done)
        {
            LogRaced(file, id);
            return new(file, id, DefinitionImportOutcome.Skipped);
        }

        conflicts.Clear(id);
        LogPublished(file, id, result.Version);
        return new(file, id, DefinitionImportOutcome.Published, result.Version);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Definition file {File} is invalid and was not imported: {Problems}")]
    private partial void LogInvalid(string file, string problems);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Definition import conflict for {File} ({DefinitionId}): {Message}")]
    private partial void LogConflict(string file, string definitionId, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Definition {DefinitionId} changed while {File} was being imported; it will be compared again at the next start")]
    private partial void LogRaced(string file, string definitionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {File} as {DefinitionId} version {Version}")]
    private partial void LogPublished(string file, string definitionId, int version);
}
