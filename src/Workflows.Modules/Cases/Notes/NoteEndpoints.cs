using System.Security.Cryptography;
using Astra.Workflows.Modules.Cases.Access;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Crypto;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Platform.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Modules.Cases.Notes;

/// <summary>
/// Case notes: written by the team, read by the team and coordinators, every list audited; a correction appends a
/// note that replaces the old one, which stays readable in the history.
/// </summary>
internal static class NoteEndpoints
{
    public static readonly string[] Writers = [Roles.Coordinator, Roles.CaseManager, Roles.Lawyer];

    public static RouteGroupBuilder MapNoteEndpoints(this RouteGroupBuilder api)
    {
        var notes = api.MapGroup("/cases").WithTags("Case notes");
        notes.MapGet("/{id:guid}/notes", ListAsync).WithName("ListCaseNotes")
            .WithSummary("List a case's notes")
            .WithDescription("The case's notes, newest first, decrypted; corrected notes stay with current=false. The team and coordinators only; anyone else gets 404. Every list is audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        notes.MapPost("/{id:guid}/notes", WriteAsync).RequireAuthorization(p => p.RequireRole(Writers)).WithName("WriteCaseNote")
            .WithSummary("Write a note on a case")
            .WithDescription("Adds a short note (at most 4000 characters), kept encrypted. With `corrects`, the note replaces an earlier one, which is kept; a note is corrected once (409 when it already was).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<Results<Ok<List<CaseNoteResponse>>, ProblemHttpResult>> ListAsync(
        Guid id, HttpContext http, WorkflowsDbContext db, MasterKey key, CancellationToken cancellationToken)
    {
        var found = await CaseRecordAccess.ForNotesAsync(db, http, id, cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound("Case", id);
        }

        var rows = await db.Set<CaseNoteEntity>().AsNoTracking().Where(n => n.CaseId == id)
            .OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);
        var names = await AuthorNamesAsync(db, rows, cancellationToken);
        var correctedBy = rows.Where(r => r.Corrects is not null).ToDictionary(r => r.Corrects!.Value, r => r.Id);
        List<CaseNoteResponse> list;
        try
        {
            list = rows.Select(r => Response(r, NoteCipher.Open(r, key), correctedBy.TryGetValue(r.Id, out var by) ? by : null, names)).ToList();
        }
        catch (CryptographicException)
        {
            await http.RecordAsync(CaseRecordAudit.NoteList, "case_note", null, id, found.Code);
            return ApiProblems.Of(StatusCodes.Status500InternalServerError, null, "A note of this case cannot be decrypted.");
        }

        // Recorded before the notes leave the server: no record, no read.
        await http.RecordAsync(CaseRecordAudit.NoteList, "case_note", null, id, found.Code);
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Created<CaseNoteResponse>, ValidationProblem, ProblemHttpResult>> WriteAsync(
        Guid id, WriteNoteRequest request, HttpContext http, WorkflowsDbContext db, MasterKey key, TimeProvider time, CancellationToken cancellationToken)
    {
        var found = await CaseRecordAccess.ForNotesAsync(db, http, id, cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound("Case", id);
        }

        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return ApiProblems.Invalid("text", "A note needs some text.");
        }

        if (text.Length > NoteRules.MaxLength)
        {
            return ApiProblems.Invalid("text", $"A note has at most {NoteRules.MaxLength} characters; put a longer account in a document.");
        }

        if (request.Corrects is { } corrects)
        {
            if (!await db.Set<CaseNoteEntity>().AnyAsync(n => n.Id == corrects && n.CaseId == id, cancellationToken))
            {
                return ApiProblems.Invalid("corrects", "No note of this case has this id.");
            }

            if (await db.Set<CaseNoteEntity>().AnyAsync(n => n.Corrects == corrects, cancellationToken))
            {
                return ApiProblems.Conflict("This note was already corrected; correct the newest one.");
            }
        }

        var now = time.GetUtcNow();
        var note = new CaseNoteEntity { Id = Guid.CreateVersion7(now), CaseId = id, Corrects = request.Corrects, WrittenBy = CurrentUser.From(http).KnownId, WrittenAt = now };
        NoteCipher.Seal(note, text, key);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(note);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            return ApiProblems.Conflict("This note was already corrected; correct the newest one.");
        }

        await db.AuditAsync(http, time, new AuditedAct(CaseRecordAudit.NoteWrite, "case_note", note.Id.ToString("D"), id, found.Code, AuditOutcomes.Ok,
            request.Corrects is null ? null : $"corrects {request.Corrects:D}"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var names = await AuthorNamesAsync(db, [note], cancellationToken);
        return TypedResults.Created($"/api/cases/{id}/notes", Response(note, text, null, names));
    }

    private static Task<Dictionary<Guid, string>> AuthorNamesAsync(WorkflowsDbContext db, List<CaseNoteEntity> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Where(r => r.WrittenBy is not null).Select(r => r.WrittenBy!.Value).Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    private static CaseNoteResponse Response(CaseNoteEntity row, string text, Guid? correctedBy, Dictionary<Guid, string> names) =>
        new(row.Id, row.CaseId, text, row.Corrects, correctedBy, correctedBy is null, row.WrittenBy,
            row.WrittenBy is { } by ? names.GetValueOrDefault(by) : null, row.WrittenAt);
}
