using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Cases.Documents;
using Astra.Workflows.Modules.Cases.Notes;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Story;

/// <summary>The case's own part of its story: the opening, notes written and corrected, documents added and deleted, phase changes. Never a note's text or a file's name.</summary>
internal sealed class CaseRecordsStory(WorkflowsDbContext db) : ICaseStorySource
{
    public async Task<IReadOnlyList<CaseStoryEntry>> ForCaseAsync(Guid caseId, int limit, CancellationToken cancellationToken)
    {
        var notes = await db.Set<CaseNoteEntity>().AsNoTracking().Where(n => n.CaseId == caseId)
            .OrderByDescending(n => n.WrittenAt).Take(limit)
            .Select(n => new { n.Id, n.WrittenAt, n.WrittenBy, n.Corrects }).ToListAsync(cancellationToken);
        var documents = await db.Set<CaseDocumentEntity>().AsNoTracking().Where(d => d.CaseId == caseId)
            .OrderByDescending(d => d.UploadedAt).Take(limit)
            .Select(d => new { d.Id, d.Kind, d.UploadedAt, d.UploadedBy, d.DeletedAt, d.DeletedBy, d.TaskId }).ToListAsync(cancellationToken);
        var phases = await db.Set<CasePhaseHistoryEntity>().AsNoTracking().Where(p => p.CaseId == caseId)
            .OrderByDescending(p => p.At).Take(limit).ToListAsync(cancellationToken);

        var opened = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.OpenedAt, c.CreatedBy }).FirstOrDefaultAsync(cancellationToken);
        var story = new List<CaseStoryEntry>();
        if (opened is not null)
        {
            story.Add(new CaseStoryEntry(opened.OpenedAt, "story.caseOpened", StoryArgs.Of(), opened.CreatedBy));
        }

        story.AddRange(notes.Select(n => new CaseStoryEntry(n.WrittenAt, n.Corrects is null ? "story.noteAdded" : "story.noteCorrected", StoryArgs.Of(("noteId", n.Id.ToString("D"))), n.WrittenBy)));
        foreach (var d in documents)
        {
            var args = StoryArgs.Of(("documentId", d.Id.ToString("D")), ("documentKind", d.Kind));
            story.Add(new CaseStoryEntry(d.UploadedAt, d.TaskId is null ? "story.documentAdded" : "story.documentAddedByTask", args, d.UploadedBy));
            if (d.DeletedAt is { } deletedAt)
            {
                story.Add(new CaseStoryEntry(deletedAt, "story.documentDeleted", args, d.DeletedBy));
            }
        }

        story.AddRange(phases.Select(p => new CaseStoryEntry(p.At, "story.phaseChanged", StoryArgs.Of(("phase", p.Phase)), null)));
        return story;
    }
}
