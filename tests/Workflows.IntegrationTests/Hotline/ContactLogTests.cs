using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Astra.Workflows.Modules.Platform.Audit;
using Astra.Workflows.Modules.Platform.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Astra.Workflows.IntegrationTests.Hotline.HotlineSteps;

namespace Astra.Workflows.IntegrationTests.Hotline;

public sealed partial class ContactLogTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task The_same_number_typed_three_ways_links_as_one_caller()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var first = await LogAsync(hotline, new { callerNumber = "064 123 4567", callerType = "jobOfferCheck", topics = new[] { "jobOfferCheck" } });
        Assert.Equal(0, first.GetProperty("repeatCaller").GetProperty("previousContacts").GetInt32());
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await LogAsync(hotline, new { callerNumber = "0641234567", outcome = "referred" });
        Assert.Equal(1, second.GetProperty("repeatCaller").GetProperty("previousContacts").GetInt32());
        Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var third = await LogAsync(hotline, new { callerNumber = "+381 64 123 4567" });
        var repeat = third.GetProperty("repeatCaller");
        Assert.Equal(2, repeat.GetProperty("previousContacts").GetInt32());
        Assert.Equal(Factory.Clock.GetUtcNow().AddMinutes(-20), repeat.GetProperty("firstAt").GetDateTimeOffset());
        Assert.Equal(Factory.Clock.GetUtcNow().AddMinutes(-10), repeat.GetProperty("lastAt").GetDateTimeOffset());
        Assert.Equal(["referred", "informationGiven"], repeat.GetProperty("recent").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal(second.GetProperty("code").GetString(), repeat.GetProperty("recent")[0].GetProperty("code").GetString());

        // While typing: the panel for the international form with 00, and nothing for another or an unfinished number.
        var lookup = await hotline.PostAsJsonAsync("/api/contacts/repeat-caller", new { callerNumber = "00381641234567" });
        Assert.Equal(3, (await lookup.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("previousContacts").GetInt32());
        var other = await hotline.PostAsJsonAsync("/api/contacts/repeat-caller", new { callerNumber = "064 123 4568" });
        Assert.Equal(0, (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("previousContacts").GetInt32());
        var partial = await hotline.PostAsJsonAsync("/api/contacts/repeat-caller", new { callerNumber = "06" });
        Assert.Equal(0, (await partial.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("previousContacts").GetInt32());

        // The number is not in the answer of a read, only whether there was one.
        var read = await ContactAsync(hotline, third.GetProperty("id").GetGuid());
        Assert.True(read.GetProperty("hasCaller").GetBoolean());
        Assert.DoesNotContain("4567", read.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(2, read.GetProperty("repeatCaller").GetProperty("previousContacts").GetInt32());
    }

    [Fact]
    public async Task Unknown_values_a_future_time_and_an_impossible_duration_are_refused_naming_the_field()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var errors = await ErrorsAsync(await hotline.PostAsJsonAsync("/api/contacts", new { channel = "fax", topics = new[] { "safeMigration", "weather" }, countries = new[] { "DE", "XX" } }));
        Assert.True(errors.TryGetProperty("channel", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("topics[1]", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("countries[1]", out _), errors.GetRawText());
        Assert.False(errors.TryGetProperty("topics[0]", out _));

        errors = await ErrorsAsync(await hotline.PostAsJsonAsync("/api/contacts", new { occurredAt = Factory.Clock.GetUtcNow().AddHours(1) }));
        Assert.True(errors.TryGetProperty("occurredAt", out _), errors.GetRawText());
        errors = await ErrorsAsync(await hotline.PostAsJsonAsync("/api/contacts", new { durationMinutes = 100000 }));
        Assert.True(errors.TryGetProperty("durationMinutes", out _), errors.GetRawText());
        errors = await ErrorsAsync(await hotline.PostAsJsonAsync("/api/contacts", new { durationMinutes = -1, outcome = "solved", minorInvolved = "maybe" }));
        Assert.Equal(["durationMinutes", "minorInvolved", "outcome"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var badNumber = await hotline.PostAsJsonAsync("/api/contacts", new { callerNumber = "call me maybe 12" });
        errors = await ErrorsAsync(badNumber);
        Assert.True(errors.TryGetProperty("callerNumber", out _));
        // Unknown keys are refused too, and nothing was written by any refused request.
        Assert.Equal(HttpStatusCode.BadRequest, (await hotline.PostAsJsonAsync("/api/contacts", new { channel = "phone", callerName = "x" })).StatusCode);
        var list = await hotline.GetFromJsonAsync<JsonElement>("/api/contacts");
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
        errors = await ErrorsAsync(await hotline.GetAsync("/api/contacts?outcome=solved"));
        Assert.True(errors.TryGetProperty("outcome", out _));
    }

    [Fact]
    public async Task Codes_run_per_year_and_concurrent_contacts_never_share_one()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var logged = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => LogAsync(i % 2 == 0 ? hotline : manager, new { channel = "phone" })));
        var codes = logged.Select(l => l.GetProperty("code").GetString()!).ToList();
        Assert.All(codes, c => Assert.Matches(CodePattern(), c));
        Assert.Equal(16, codes.Distinct().Count());
        var year = codes[0][3..7];
        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"KT-{year}-{n:00000}"), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Corrections_keep_the_history_are_audited_and_after_a_day_only_a_coordinator_may_make_them()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var logged = await LogAsync(hotline, new { channel = "phone", topics = new[] { "safeMigration" }, note = "Asked about work in Germany." });
        var id = logged.GetProperty("id").GetGuid();

        var corrected = await hotline.PutAsJsonAsync($"/api/contacts/{id}", new { revision = 1, channel = "messaging", topics = new[] { "jobOfferCheck" }, reason = "wrong channel" });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var body = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("revision").GetInt32());
        Assert.Equal("messaging", body.GetProperty("channel").GetString());
        // The note was not re-sent, so it stays.
        Assert.Equal("Asked about work in Germany.", body.GetProperty("note").GetString());
        var history = Assert.Single(body.GetProperty("history").EnumerateArray());
        Assert.Equal(1, history.GetProperty("revision").GetInt32());
        Assert.Equal("wrong channel", history.GetProperty("reason").GetString());
        Assert.False(history.GetProperty("noteChanged").GetBoolean());
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var previous = await db.HotlineContactRevisions.AsNoTracking().SingleAsync(r => r.ContactId == id);
            using var fields = JsonDocument.Parse(previous.Fields);
            Assert.Equal("phone", fields.RootElement.GetProperty("channel").GetString());
            Assert.Equal(["safeMigration"], fields.RootElement.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        }

        // A stale revision is a conflict, not a silent overwrite.
        Assert.Equal(HttpStatusCode.Conflict, (await hotline.PutAsJsonAsync($"/api/contacts/{id}", new { revision = 1, channel = "phone" })).StatusCode);
        // Not the author: refused.
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync($"/api/contacts/{id}", new { revision = 2, channel = "phone" })).StatusCode);
        // The author after 24 hours: refused; a coordinator: allowed.
        Factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        hotline = await Factory.ClientForAsync(Operator);
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.PutAsJsonAsync($"/api/contacts/{id}", new { revision = 2, channel = "phone" })).StatusCode);
        var coordinator = await Factory.ClientForAsync("coordinator@astra.local");
        var late = await coordinator.PutAsJsonAsync($"/api/contacts/{id}", new { revision = 2, channel = "phone", note = "" });
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        body = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("hasNote").GetBoolean());
        Assert.True(body.GetProperty("history")[1].GetProperty("noteChanged").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PutAsJsonAsync($"/api/contacts/{id}", new { channel = "phone" })).StatusCode);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var audited = await db.Set<AuditEntryEntity>().AsNoTracking().Where(a => a.Action == "contact.correct" && a.EntityId == id.ToString("D"))
                .OrderBy(a => a.Id).Select(a => a.Outcome).ToListAsync();
            Assert.Equal(["ok", "forbidden", "forbidden", "ok"], audited);
        }
    }

    [Fact]
    public async Task A_note_is_sealed_and_shown_only_to_its_author_coordinators_and_the_case_team()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        const string note = "Caller fears her employer in Vienna.";
        var id = (await LogAsync(hotline, new { note, topics = new[] { "traffickingIndicators" } })).GetProperty("id").GetGuid();
        Assert.Equal(note, (await ContactAsync(hotline, id)).GetProperty("note").GetString());
        Assert.Equal(note, (await ContactAsync(await Factory.ClientForAsync("coordinator@astra.local"), id)).GetProperty("note").GetString());
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        var hidden = await ContactAsync(manager, id);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("note").ValueKind);
        Assert.False(hidden.GetProperty("noteVisible").GetBoolean());
        Assert.True(hidden.GetProperty("hasNote").GetBoolean());

        // At rest the note is ciphertext only.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
            var row = await db.HotlineContacts.AsNoTracking().SingleAsync(c => c.Id == id);
            Assert.DoesNotContain("Vienna", System.Text.Encoding.UTF8.GetString(row.NoteCiphertext!), StringComparison.Ordinal);
            Assert.Equal(3, await db.Set<AuditEntryEntity>().CountAsync(a => a.Action == "contact.read" && a.EntityId == id.ToString("D")));
        }

        // A case opened from the contact puts its team in the know: the case manager who opens it, and whoever joins.
        await PublishShippedAsync(Factory);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/contacts/{id}/open-case", new { })).StatusCode);
        Assert.Equal(note, (await ContactAsync(manager, id)).GetProperty("note").GetString());
        var other = await Factory.ClientForAsync("casemanager2@astra.local");
        Assert.False((await ContactAsync(other, id)).GetProperty("noteVisible").GetBoolean());
    }

    [Fact]
    public async Task The_log_is_filtered_and_paged_newest_first()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var start = Factory.Clock.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await LogAsync(hotline, new { outcome = i % 2 == 0 ? "informationGiven" : "referred", topics = i == 4 ? new[] { "missingPerson" } : [], occurredAt = start.AddMinutes(-10 * (5 - i)) });
        }

        var page = await hotline.GetFromJsonAsync<JsonElement>("/api/contacts?limit=2");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(start.AddMinutes(-10), items[0].GetProperty("occurredAt").GetDateTimeOffset());
        var next = page.GetProperty("next").GetString();
        var page2 = await hotline.GetFromJsonAsync<JsonElement>($"/api/contacts?limit=2&cursor={next}");
        Assert.Equal(start.AddMinutes(-30), page2.GetProperty("items")[0].GetProperty("occurredAt").GetDateTimeOffset());
        var page3 = await hotline.GetFromJsonAsync<JsonElement>($"/api/contacts?limit=2&cursor={page2.GetProperty("next").GetString()}");
        Assert.Equal(1, page3.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page3.GetProperty("next").ValueKind);

        Assert.Equal(2, (await hotline.GetFromJsonAsync<JsonElement>("/api/contacts?outcome=referred")).GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await hotline.GetFromJsonAsync<JsonElement>("/api/contacts?topic=missingPerson")).GetProperty("items").GetArrayLength());
        var from = Uri.EscapeDataString(start.AddMinutes(-35).ToString("O"));
        var to = Uri.EscapeDataString(start.AddMinutes(-15).ToString("O"));
        Assert.Equal(2, (await hotline.GetFromJsonAsync<JsonElement>($"/api/contacts?from={from}&to={to}")).GetProperty("items").GetArrayLength());
        // Lawyers do not read the hotline log.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.ClientForAsync("lawyer@astra.local")).GetAsync("/api/contacts")).StatusCode);
    }

    [Fact]
    public async Task Call_backs_form_a_queue_that_one_operator_claims_and_closes()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var now = Factory.Clock.GetUtcNow();
        var inThreeHours = await LogAsync(hotline, new { outcome = "callBack", callBackDueAt = now.AddHours(3) });
        var nextDay = await LogAsync(hotline, new { outcome = "callBack" });
        await LogAsync(hotline, new { outcome = "informationGiven" });
        Assert.Equal(HttpStatusCode.BadRequest, (await hotline.PostAsJsonAsync("/api/contacts", new { outcome = "referred", callBackDueAt = now })).StatusCode);

        var queue = await hotline.GetFromJsonAsync<JsonElement>("/api/contacts/call-backs");
        Assert.Equal([inThreeHours.GetProperty("code").GetString(), nextDay.GetProperty("code").GetString()], queue.EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(now.AddHours(24), queue[1].GetProperty("dueAt").GetDateTimeOffset());

        var id = inThreeHours.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await hotline.PostAsync($"/api/contacts/{id}/call-back/claim", null)).StatusCode);
        var manager = await Factory.ClientForAsync("casemanager@astra.local");
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsync($"/api/contacts/{id}/call-back/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/contacts/{id}/call-back/done", null)).StatusCode);
        var mine = await hotline.GetFromJsonAsync<JsonElement>("/api/contacts/call-backs?mine=true");
        Assert.Equal(id, Assert.Single(mine.EnumerateArray()).GetProperty("contactId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await hotline.PostAsync($"/api/contacts/{id}/call-back/done", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await hotline.PostAsync($"/api/contacts/{id}/call-back/done", null)).StatusCode);
        queue = await hotline.GetFromJsonAsync<JsonElement>("/api/contacts/call-backs");
        Assert.Equal(nextDay.GetProperty("id").GetGuid(), Assert.Single(queue.EnumerateArray()).GetProperty("contactId").GetGuid());
    }

    [Fact]
    public async Task A_master_key_rotation_carries_the_notes_and_their_history()
    {
        var hotline = await Factory.ClientForAsync(Operator);
        var id = (await LogAsync(hotline, new { note = "first words" })).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await hotline.PutAsJsonAsync($"/api/contacts/{id}", new { revision = 1, note = "second words" })).StatusCode);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowsDbContext>();
        var current = scope.ServiceProvider.GetRequiredService<Modules.Platform.Crypto.MasterKey>();
        var next = Modules.Platform.Crypto.MasterKey.FromBase64(Modules.Platform.Crypto.MasterKey.GenerateBase64());

        Assert.Equal(2, await Modules.Hotline.Contacts.ContactNoteRotation.RewrapAllAsync(db, current, next));

        var row = await db.HotlineContacts.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Equal(next.Id, row.NoteMasterKeyId);
        Assert.Equal("second words", Modules.Hotline.Contacts.ContactNotes.Open(row, next));
        var old = await db.HotlineContactRevisions.AsNoTracking().SingleAsync(r => r.ContactId == id);
        Assert.Equal(next.Id, old.NoteMasterKeyId);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Modules.Hotline.Contacts.ContactNotes.Open(row, current));
    }

    [GeneratedRegex(@"^KT-\d{4}-\d{5}$")]
    private static partial Regex CodePattern();
}
