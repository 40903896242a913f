using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Tasks.Contracts;
using Astra.Workflows.Engine.Time;
using System.Text.Json;
using Astra.Workflows.Engine.Calendar;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Tasks.Activities;
using Astra.Workflows.Modules.Definitions.Api;
using Astra.Workflows.Modules.Platform.Database;
using Astra.Workflows.Modules.Cases.Storage;
using Astra.Workflows.Modules.Platform.Identity;
using Astra.Workflows.Modules.Tasks.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Astra.Workflows.Host.Demo;

/// <summary>
/// Demo cases for the run command (<c>Astra:Demo:Seed=true</c>, never in Production): a dozen invented cases, a few with an
/// invented client identity (<see cref="DemoIdentities"/>), walked through the shipped workflows to different stages, so every demo user's queues hold
/// open, due-soon and overdue work. Runs once, on a database without cases; <c>Astra:Demo:Cases=false</c> keeps the
/// demo users without the cases (the integration tests do).
/// </summary>
internal static partial class DemoCaseSeeder
{
    public static Task SeedDemoCasesAsync(this WebApplication app) => SeedAsync(app.Services, app.Configuration, app.Environment);

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!configuration.GetValue("Astra:Demo:Seed", false) || !configuration.GetValue("Astra:Demo:Cases", true) || !Startup.DevelopmentLike.Is(environment))
        {
            return;
        }

        var contexts = services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            if (await db.Cases.AnyAsync())
            {
                return;
            }
        }

        if (DefinitionsDirectory.Find(configuration, environment) is { } directory)
        {
            await services.GetRequiredService<DefinitionImporter>().ImportAsync(directory);
        }

        var demo = await DemoRun.CreateAsync(services);
        foreach (var story in DemoStories.All)
        {
            await story(demo);
        }

        await DemoIdentities.RecordAsync(demo);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoCaseSeeder));
        var count = DemoStories.All.Count;
        LogSeeded(logger, count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo cases.")]
    private static partial void LogSeeded(ILogger logger, int count);
}

/// <summary>Opens demo cases and moves them along through the same coordinator the task API uses.</summary>
internal sealed class DemoRun(IServiceProvider services, IReadOnlyDictionary<string, Guid> users)
{
    private readonly IDbContextFactory<WorkflowsDbContext> contexts = services.GetRequiredService<IDbContextFactory<WorkflowsDbContext>>();
    private readonly InstanceCoordinator coordinator = services.GetRequiredService<InstanceCoordinator>();
    private readonly TimeProvider time = services.GetRequiredService<TimeProvider>();

    public IServiceProvider Services => services;

    public DateTimeOffset Now => time.GetUtcNow();

    public Guid UserId(string email) => users.GetValueOrDefault(email);

    public DateOnly Today => OrganisationTime.Today(time);

    public static async Task<DemoRun> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var users = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var demo in DemoUsers.All)
        {
            if (await manager.FindByEmailAsync(demo.Email) is { } user)
            {
                users[demo.Email] = user.Id;
            }
        }

        return new DemoRun(services, users);
    }

    /// <summary>Opens a case in the given phase with the demo case managers and lawyers on its team, and starts a workflow.</summary>
    public async Task<Guid> OpenAsync(string definitionId, object? input = null)
    {
        Guid caseId;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var now = Now;
            await using var transaction = await db.Database.BeginTransactionAsync();
            var entity = new CaseEntity { Id = Guid.CreateVersion7(now), Code = await CaseCodes.NextAsync(db, Today.Year, CancellationToken.None), Phase = CasePhases.Identification, OpenedAt = now };
            db.Cases.Add(entity);
            foreach (var (email, id) in users)
            {
                if (email.StartsWith("casemanager", StringComparison.Ordinal) || email.StartsWith("lawyer", StringComparison.Ordinal))
                {
                    CaseTeams.Add(db, entity.Id, id, null, now);
                }
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            caseId = entity.Id;
        }

        var data = JsonSerializer.SerializeToElement(new { id = caseId, code = await CodeAsync(caseId), phase = CasePhases.Identification }, JsonSerializerOptions.Web);
        await coordinator.StartAsync(definitionId, caseId, JsonSerializer.SerializeToElement(input ?? new { }, JsonSerializerOptions.Web), "demo-seed", data);
        return caseId;
    }

    /// <summary>Completes the case's open task of this type as a member of its role.</summary>
    public async Task CompleteAsync(Guid caseId, string taskType, string? outcome = null, object? data = null)
    {
        await FireDueReferralTimersAsync();
        TaskEntity task;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            task = await db.Tasks.AsNoTracking().SingleAsync(t => t.CaseId == caseId && t.TaskType == taskType && t.Status == TaskStatuses.Open);
        }

        var email = task.Role switch { "Coordinator" => "coordinator@astra.local", "Lawyer" => "lawyer@astra.local", _ => "casemanager@astra.local" };
        var payload = JsonSerializer.SerializeToElement(data ?? new { }, JsonSerializerOptions.Web);
        var completion = new TaskCompletion(task.Id, task.Revision, users.GetValueOrDefault(email), payload);
        var outcomes = JsonSerializer.Deserialize<List<string>>(task.Outcomes) ?? [];
        await coordinator.ResumeAsync(task.InstanceId, task.BookmarkId!, new ResumePayload(outcome ?? (outcomes.Count == 1 ? outcomes[0] : "Done"), completion.ToJson()), null, "demo-seed");
    }

    public Task RaiseAsync(Guid caseId, string name, object payload) =>
        coordinator.RaiseEventAsync(name, caseId, JsonSerializer.SerializeToElement(payload, JsonSerializerOptions.Web), null, "demo-seed");

    /// <summary>
    /// Moves the deadline of the case's open task of this type, so a fresh demo shows overdue and due-soon work, and
    /// optionally gives it to a demo user so "my tasks" is not empty either.
    /// </summary>
    public async Task DueAsync(Guid caseId, string taskType, TimeSpan fromNow, string? assignTo = null)
    {
        await FireDueReferralTimersAsync();
        await using var db = await contexts.CreateDbContextAsync();
        var due = Now + fromNow;
        Guid? assignee = assignTo is null ? null : users.GetValueOrDefault(assignTo);
        await db.Tasks.Where(t => t.CaseId == caseId && t.TaskType == taskType && t.Status == TaskStatuses.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAt, due).SetProperty(t => t.DueSort, due)
                .SetProperty(t => t.AssigneeId, t => assignee ?? t.AssigneeId));
    }

    /// <summary>
    /// A referral.send the story passed could not send (demo cases record no consent): its NotSent timer is due now;
    /// fire it, as the scheduler would a moment later, so the fallback task exists before the story looks for it.
    /// </summary>
    private async Task FireDueReferralTimersAsync()
    {
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            due = await db.ReferralTimers.AsNoTracking().Where(t => t.FireAt <= time.GetUtcNow()).Select(t => t.Id).ToListAsync();
        }

        var job = services.GetRequiredService<Modules.Referrals.Escalations.ReferralTimerJob>();
        foreach (var id in due)
        {
            await job.FireAsync(id, CancellationToken.None);
        }
    }

    private async Task<string> CodeAsync(Guid caseId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Cases.Where(c => c.Id == caseId).Select(c => c.Code).SingleAsync();
    }
}
