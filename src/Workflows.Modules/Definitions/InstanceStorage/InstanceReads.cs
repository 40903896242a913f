using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Ports;
using Astra.Workflows.Modules.Definitions.Contracts;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Definitions.InstanceStorage;

/// <summary>Definitions' read surface for other modules, over the scoped (request's) context.</summary>
// Workflow and activity names are in the language of the request being answered (none outside a request: English),
// from the texts of the version each instance runs.
internal sealed class InstanceReads(WorkflowsDbContext db, IDefinitionProvider definitions, IHttpContextAccessor? http = null) : IInstanceReads
{
    private string Language => http?.HttpContext is { } context ? ReaderLanguage.Of(context) : DefinitionTexts.English;

    public async Task<List<InstanceOfCase>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var rows = await db.Instances.AsNoTracking()
            .Where(i => i.CaseId == caseId)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CreatedAt })
            .ToListAsync(cancellationToken);
        var language = Language;
        var result = new List<InstanceOfCase>(rows.Count);
        foreach (var i in rows)
        {
            var definition = (await definitions.GetVersionAsync(i.DefinitionId, i.DefinitionVersion, cancellationToken))?.Definition;
            var name = definition is null ? i.DefinitionId : WorkflowTexts.In(definition, language, DefinitionTexts.Name, definition.Name);
            result.Add(new InstanceOfCase(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.CreatedAt, name));
        }

        return result;
    }

    public async Task<List<JournalLine>> NewestJournalAsync(IReadOnlyCollection<Guid> instanceIds, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        var ids = instanceIds.ToList();
        var lines = await db.Journal.AsNoTracking()
            .Where(j => ids.Contains(j.InstanceId))
            .OrderByDescending(j => j.At).ThenByDescending(j => j.Sequence)
            .Take(take)
            .Select(j => new JournalLine(j.At, j.InstanceId, j.Kind, j.ActivityId, j.ActivityType, j.Actor, j.Outcome, null))
            .ToListAsync(cancellationToken);
        var versions = await db.Instances.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion })
            .ToDictionaryAsync(i => i.Id, i => (i.DefinitionId, i.DefinitionVersion), cancellationToken);
        var language = Language;
        var named = new Dictionary<Guid, WorkflowDefinition?>();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            if (line.ActivityId is null || !versions.TryGetValue(line.InstanceId, out var version))
            {
                continue;
            }

            if (!named.TryGetValue(line.InstanceId, out var definition))
            {
                definition = (await definitions.GetVersionAsync(version.DefinitionId, version.DefinitionVersion, cancellationToken))?.Definition;
                named[line.InstanceId] = definition;
            }

            if (definition?.Activities.FirstOrDefault(a => a.Id == line.ActivityId) is { Name: { Length: > 0 } english })
            {
                lines[n] = line with { ActivityName = WorkflowTexts.In(definition, language, DefinitionTexts.ActivityName(line.ActivityId), english) };
            }
        }

        return lines;
    }
}
