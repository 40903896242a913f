using System.Diagnostics;
using System.Globalization;
using System.Net;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Tasks.Benchmarks;

/// <summary>
/// Seeds 1,000,000 tasks (100,000 open, 50 users, 8 roles) and times each queue's first page through the API.
/// Run: <c>ASTRA_BENCH=1 dotnet test tests/Workflows.IntegrationTests --filter FullyQualifiedName~TaskQueueBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class TaskQueueBenchmark(AstraApiFactory factory, ITestOutputHelper output) : ApiTest(factory)
{
    private const int Warmup = 20;
    private const int Samples = 200;

    [BenchmarkFact]
    public async Task Queue_first_pages_over_a_million_tasks()
    {
        var seeding = Stopwatch.StartNew();
        await SeedAsync();
        output.WriteLine($"seeded 1,000,000 tasks in {seeding.Elapsed.TotalSeconds:0.0} s");

        var caseManager = await Factory.ClientForAsync(CaseManager);
        var coordinator = await Factory.ClientForAsync(Coordinator);
        foreach (var (name, client, query) in new[]
        {
            ("mine", caseManager, "queue=mine"),
            ("available", caseManager, "queue=available"),
            ("overdue", caseManager, "queue=overdue"),
            ("dueSoon", caseManager, "queue=dueSoon"),
            ("all (coordinator)", coordinator, "queue=all"),
            ("overdue (coordinator)", coordinator, "queue=overdue"),
        })
        {
            var times = new List<double>();
            var count = 0;
            for (var i = 0; i < Warmup + Samples; i++)
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync($"/api/tasks?{query}");
                var body = await response.Content.ReadAsStringAsync();
                clock.Stop();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                if (i >= Warmup)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    count = body.Split("\"taskType\"").Length - 1;
                }
            }

            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} items {count,3}  p50 {P(times, 50),6:0.00} ms  p95 {P(times, 95),6:0.00} ms  p99 {P(times, 99),6:0.00} ms"));
        }
    }

    private static double P(List<double> sorted, int percentile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    /// <summary>10,000 cases with teams of three; one in ten tasks open; open ones spread over 8 roles, 50 users (the demo users among them), a third unassigned, dues from 3 weeks ago to 2 months ahead.</summary>
    private async Task SeedAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync();
        var users = new List<Guid>();
        await using (var read = new NpgsqlCommand("SELECT id FROM astra.\"AspNetUsers\"", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                users.Add(reader.GetGuid(0));
            }
        }

        while (users.Count < 50)
        {
            users.Add(Guid.NewGuid());
        }

        // 10,000 cases, each with a team of three of the 50 users: need-to-know filters every queue through the team.
        await using var seed = new NpgsqlCommand("""
            INSERT INTO astra.cases (id, code, phase, opened_at)
            SELECT md5('case' || n)::uuid, 'AS-2026-' || lpad(n::text, 5, '0'), 'recovery', @now - interval '60 days'
            FROM generate_series(0, 9999) AS n;
            INSERT INTO astra.case_team_members (case_id, user_id, added_at)
            SELECT DISTINCT md5('case' || n)::uuid, (@users)[1 + ((n * k) % 50)], @now
            FROM generate_series(0, 9999) AS n, (VALUES (1), (7), (13)) AS m(k)
            ON CONFLICT DO NOTHING;
            INSERT INTO astra.tasks (id, instance_id, activity_id, bookmark_key, case_id, case_code, task_type, title, role, assignee_id,
                status, priority, due_at, due_sort, escalation_level, created_at, form, outcomes, revision)
            SELECT gen_random_uuid(), gen_random_uuid(), 'task', 'task:' || i, md5('case' || (i % 10000))::uuid, 'AS-2026-' || lpad((i % 10000)::text, 5, '0'),
                'type-' || (i % 12), 'Task ' || i,
                (@roles)[1 + ((i / 10) % 8)],
                CASE WHEN (i / 10) % 3 = 0 THEN NULL ELSE (@users)[1 + (((i / 10) * 7) % 50)] END,
                CASE WHEN i % 10 = 0 THEN 'open' WHEN i % 10 < 8 THEN 'completed' ELSE 'cancelled' END,
                (i / 10) % 4,
                @now + (((i / 10) % 2000) - 500) * interval '1 hour',
                @now + (((i / 10) % 2000) - 500) * interval '1 hour',
                0, @now - interval '30 days', '[]', '["Done"]', 1
            FROM generate_series(1, 1000000) AS i;
            -- Assignees join their cases' teams, as the service does when it assigns.
            INSERT INTO astra.case_team_members (case_id, user_id, added_at)
            SELECT DISTINCT case_id, assignee_id, @now FROM astra.tasks WHERE assignee_id IS NOT NULL
            ON CONFLICT DO NOTHING;
            ANALYZE astra.tasks; ANALYZE astra.cases; ANALYZE astra.case_team_members;
            """, connection);
        seed.CommandTimeout = 600;
        seed.Parameters.AddWithValue("roles", new[] { "Admin", "Coordinator", "CaseManager", "Lawyer", "Director", "Psychologist", "MedicalLiaison", "MobileTeam" });
        seed.Parameters.AddWithValue("users", users.ToArray());
        seed.Parameters.AddWithValue("now", Factory.Clock.GetUtcNow());
        await seed.ExecuteNonQueryAsync();
    }
}
