using System.Diagnostics;
using Astra.Workflows.Modules.Referrals.Catalogue;
using Npgsql;
using NpgsqlTypes;

namespace Astra.Workflows.Benchmarks;

/// <summary>
/// Bulk-loads ten years of what the reports count, with binary COPY: cases with coded profiles, services delivered
/// (ASTRA or a partner, some booked to a funding project) and outgoing referrals in every state; then links one
/// hotline contact per case (as opening a case from a contact does). Contacts themselves come from <see cref="HotlineSeeder"/>.
/// </summary>
internal static class ReportsSeeder
{
    private static readonly string[] Phases = ["identification", "emergency", "recovery", "reintegration", "closure", "closure"];
    private static readonly string[] Sexes = ["female", "female", "female", "male", "other", "unknown"];
    private static readonly string[] AgeGroups = ["0-13", "14-17", "18-24", "25-34", "35-49", "50+", "unknown"];
    private static readonly string[] Citizenships = ["RS", "RS", "RS", "BA", "MK", "UA", "AF"];
    private static readonly string[] Exploitations = ["sexual", "labour", "begging", "criminality", "forcedMarriage", "domesticServitude"];
    private static readonly string[] Sources = ["police", "socialWork", "stateCentre", "ngo", "selfReferral", "family", "hotline", "other"];
    private static readonly string[] ServiceKeys = ["information", "legal-aid", "legal-representation", "psychological-counselling", "psychotherapy", "hiv-hepatitis-testing", "lab-tests", "accommodation"];
    private static readonly string[] Projects = ["eu-2017", "usaid-2019", "oak-2021", "un-women-2023", "eu-2025"];
    private static readonly string[] States = ["sent", "accepted", "declined", "expired", "withdrawn", "completed", "completed", "completed", "notSent"];
    private static readonly string[] Outcomes = ["served", "served", "noShow", "notServed"];

    public sealed record Sizes(int Cases, int Services, int Referrals);

    public static async Task<TimeSpan> SeedAsync(string connectionString, Sizes sizes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var random = new Random(17);
        var start = now.AddDays(-3650);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var partners = await SeedCatalogueAsync(connection, now, cancellationToken);

        var cases = new (Guid Id, DateTimeOffset OpenedAt)[sizes.Cases];
        for (var i = 0; i < cases.Length; i++)
        {
            var opened = start.AddMinutes(random.NextDouble() * 3650 * 24 * 60);
            cases[i] = (Guid.CreateVersion7(opened), opened);
        }

        await using (var writer = await connection.BeginBinaryImportAsync("COPY astra.cases (id, code, phase, opened_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < cases.Length; i++)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(cases[i].Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync($"BM-{i:D7}", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(Phases[random.Next(Phases.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(cases[i].OpenedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY astra.case_profiles (case_id, sex, age_group, citizenship, exploitation, place, identification_status, identified_on, identified_by, referral_source, case_opened_on, counted_on, updated_at, updated_by) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            foreach (var (id, openedAt) in cases)
            {
                var openedOn = DateOnly.FromDateTime(openedAt.UtcDateTime);
                var formal = random.NextDouble() < 0.4;
                var identifiedOn = openedOn.AddDays(random.Next(0, 60));
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(Sexes[random.Next(Sexes.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(AgeGroups[random.Next(AgeGroups.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(Citizenships[random.Next(Citizenships.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(new[] { Exploitations[random.Next(Exploitations.Length)] }, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("international", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(formal ? "formallyIdentified" : "potential", NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(writer, formal ? identifiedOn : (DateOnly?)null, NpgsqlDbType.Date, cancellationToken);
                await WriteOrNullAsync(writer, formal ? "stateCentre" : null, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(Sources[random.Next(Sources.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(openedOn, NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(formal ? identifiedOn : openedOn, NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync("benchmark", NpgsqlDbType.Varchar, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY astra.services_delivered (id, case_id, service_key, delivered_on, partner_id, funding_project_key, voided, recorded_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < sizes.Services; i++)
            {
                var (caseId, openedAt) = cases[random.Next(cases.Length)];
                // Most services soon after the opening, a few a year later; none in the future.
                var on = DateOnly.FromDateTime(openedAt.UtcDateTime).AddDays((int)(Math.Pow(random.NextDouble(), 3) * 400));
                on = on > today ? today : on;
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(caseId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(ServiceKeys[random.Next(ServiceKeys.Length)], NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(on, NpgsqlDbType.Date, cancellationToken);
                await WriteOrNullAsync(writer, random.NextDouble() < 0.3 ? partners[random.Next(partners.Count)] : (Guid?)null, NpgsqlDbType.Uuid, cancellationToken);
                await WriteOrNullAsync(writer, random.NextDouble() < 0.7 ? Projects[random.Next(Projects.Length)] : null, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY astra.referrals (id, case_id, case_code, direction, partner_id, services, reason, urgency, status, created_at, respond_by, sharing_basis, outcome, token_revoked, revision) FROM STDIN (FORMAT BINARY)",
            cancellationToken))
        {
            for (var i = 0; i < sizes.Referrals; i++)
            {
                var (caseId, openedAt) = cases[random.Next(cases.Length)];
                var created = openedAt.AddDays(random.NextDouble() * 200);
                var state = States[random.Next(States.Length)];
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(caseId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync("BM", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(random.NextDouble() < 0.9 ? "outgoing" : "incoming", NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(writer, state == "notSent" ? (Guid?)null : partners[random.Next(partners.Count)], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(new[] { ServiceKeys[random.Next(ServiceKeys.Length)] }, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("benchmark", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync("routine", NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(state, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(created.AddDays(3), NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync("consent", NpgsqlDbType.Varchar, cancellationToken);
                await WriteOrNullAsync(writer, state == "completed" ? Outcomes[random.Next(Outcomes.Length)] : null, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        // One contact per case, the case opened from it: cases and contacts in time order, every step-th contact.
        await using (var link = new NpgsqlCommand(
            """
            WITH k AS (SELECT greatest((SELECT count(*) FROM astra.hotline_contacts) / greatest((SELECT count(*) FROM astra.cases), 1), 1) AS step),
                 c AS (SELECT id, row_number() OVER (ORDER BY opened_at) AS n FROM astra.cases),
                 h AS (SELECT id, row_number() OVER (ORDER BY occurred_at) AS n FROM astra.hotline_contacts)
            UPDATE astra.hotline_contacts t SET case_id = c.id, triage_instance_id = c.id, outcome = 'caseOpened'
            FROM h, c, k
            WHERE h.n = c.n * k.step AND t.id = h.id
            """,
            connection) { CommandTimeout = 0 })
        {
            await link.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var analyze = new NpgsqlCommand(
            "VACUUM ANALYZE astra.cases, astra.case_profiles, astra.services_delivered, astra.referrals, astra.hotline_contacts", connection) { CommandTimeout = 0 })
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        return watch.Elapsed;
    }

    /// <summary>One partner of every kind, the catalogue's services and five funding projects; returns the partners' ids.</summary>
    private static async Task<List<Guid>> SeedCatalogueAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partners = PartnerKinds.All.Select(_ => Guid.NewGuid()).ToList();
        await using var batch = new NpgsqlBatch(connection);
        for (var i = 0; i < partners.Count; i++)
        {
            var command = new NpgsqlBatchCommand(
                "INSERT INTO astra.partners (id, name, kind, city, services, languages, answers_online, active, demo, created_at, updated_at) VALUES ($1, $2, $3, 'Beograd', '{}', '{}', false, true, true, $4, $4)");
            command.Parameters.Add(new NpgsqlParameter { Value = partners[i] });
            command.Parameters.Add(new NpgsqlParameter { Value = $"Benchmark partner {i}" });
            command.Parameters.Add(new NpgsqlParameter { Value = PartnerKinds.All[i] });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            batch.BatchCommands.Add(command);
        }

        foreach (var key in ServiceKeys)
        {
            var command = new NpgsqlBatchCommand(
                "INSERT INTO astra.service_types (key, label_en, label_sr_latn, label_sr_cyrl, active, created_at) VALUES ($1, $1, $1, $1, true, $2) ON CONFLICT (key) DO NOTHING");
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            batch.BatchCommands.Add(command);
        }

        foreach (var project in Projects)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO astra.funding_projects (key, name, active, created_at) VALUES ($1, $1, true, $2) ON CONFLICT (key) DO NOTHING");
            command.Parameters.Add(new NpgsqlParameter { Value = project });
            command.Parameters.Add(new NpgsqlParameter { Value = now });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        return partners;
    }

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? writer.WriteAsync(present, type, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    private static Task WriteOrNullAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
