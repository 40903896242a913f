using Astra.Workflows.Modules.Cases.Activities;
using System.Text.Json;
using Astra.Workflows.Activities;
using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.DevelopmentSupport.InMemory;
using Astra.Workflows.Engine.Validation;
using Microsoft.Extensions.Time.Testing;

namespace Astra.Workflows.Engine.Tests.Support;

/// <summary>The engine wired with in-memory ports and a fake clock (starts Wednesday 2026-11-25 09:00 UTC).</summary>
public sealed class EngineHarness
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public EngineHarness(ExpressionOptions? expressionOptions = null)
    {
        Clock = new FakeTimeProvider(Epoch);
        Calendar = new WeekendOnlyCalendar();
        Registry = BuiltInActivities.CreateRegistry([new SetCasePhaseActivity(), new Astra.Workflows.Modules.Reports.Profile.SetProfileActivity(), new FakeTaskActivity()]);
        Expressions = new ExpressionService(expressionOptions ?? new ExpressionOptions(), Calendar);
        Runner = new WorkflowRunner(Registry, Expressions, Calendar);
        Validator = new DefinitionValidator(Registry);
        Definitions = new InMemoryDefinitionProvider();
        Store = new InMemoryInstanceStore();
        Coordinator = new InstanceCoordinator(Runner, Definitions, Store, Clock);
    }

    public FakeTimeProvider Clock { get; }
    public WeekendOnlyCalendar Calendar { get; }
    public Astra.Workflows.Engine.Activities.ActivityRegistry Registry { get; }
    public ExpressionService Expressions { get; }
    public WorkflowRunner Runner { get; }
    public DefinitionValidator Validator { get; }
    public InMemoryDefinitionProvider Definitions { get; }
    public InMemoryInstanceStore Store { get; }
    public InstanceCoordinator Coordinator { get; }

    /// <summary>Parses, validates (failing the test on any problem) and publishes a definition.</summary>
    public DefinitionVersion Publish(string json)
    {
        var definition = DefinitionSerializer.Parse(json);
        var problems = Validator.Validate(definition);
        Assert.True(problems.Count == 0, "Unexpected validation problems: " + string.Join(" | ", problems.Select(p => p.Message)));
        return Definitions.Publish(definition);
    }

    public async Task<WorkflowInstance> StartAsync(string definitionId, object? input = null, Guid? caseId = null, object? caseData = null)
    {
        var burst = await Coordinator.StartAsync(
            definitionId,
            caseId ?? CaseId,
            input is null ? JsonValues.EmptyObject : JsonSerializer.SerializeToElement(input),
            "tester",
            caseData is null ? null : JsonSerializer.SerializeToElement(caseData));
        Assert.NotNull(burst);
        return burst.Instance;
    }

    public Guid CaseId { get; } = Guid.Parse("0b0e8a36-5e1c-4a57-9b51-6f1c2a9d0042");

    public async Task<WorkflowInstance> LoadAsync(Guid id) =>
        await Store.LoadAsync(id) ?? throw new InvalidOperationException($"Instance {id} not stored.");

    /// <summary>Fires every due timer the way the host's dispatcher would: resume with the bookmark id as idempotency key.</summary>
    public async Task<int> FireDueTimersAsync()
    {
        var fired = 0;
        foreach (var timer in Store.DueTimers(Clock.GetUtcNow()))
        {
            var result = await Coordinator.ResumeAsync(timer.InstanceId, timer.BookmarkId, ResumePayload.Empty, $"timer:{timer.BookmarkId}");
            if (result.Status == ResumeStatus.Resumed && !result.Replayed)
            {
                fired++;
            }
        }

        return fired;
    }

    /// <summary>The journal of one instance as "Kind activity[:outcome]" lines, activity events only.</summary>
    public IReadOnlyList<string> Trail(Guid instanceId) =>
        Store.Journal.Where(j => j.InstanceId == instanceId && j.Kind is JournalEntryKind.ActivityCompleted)
            .OrderBy(j => j.Sequence)
            .Select(j => j.Outcome is null ? j.ActivityId! : $"{j.ActivityId}:{j.Outcome}")
            .ToList();
}
