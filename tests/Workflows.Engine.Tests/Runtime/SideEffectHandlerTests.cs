using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Bursts;

namespace Astra.Workflows.Engine.Tests.Runtime;

/// <summary>Every side-effect record has exactly one handler, or the service refuses to start; none is ever dropped.</summary>
public class SideEffectHandlerTests
{
    [Fact]
    public void A_declared_side_effect_without_a_handler_is_refused_when_the_registry_is_built()
    {
        var error = Assert.Throws<UnhandledSideEffectException>(() =>
            new SideEffectHandlers([new RecordedHandler()], [typeof(SideEffectHandlerTests).Assembly]));

        Assert.Contains(typeof(Unhandled), error.Types);
        Assert.DoesNotContain(typeof(Recorded), error.Types);
    }

    [Fact]
    public void An_effect_of_a_type_nobody_handles_is_refused_when_written()
    {
        var handlers = new SideEffectHandlers([new RecordedHandler()], []);

        Assert.IsType<RecordedHandler>(handlers.For(new Recorded(Guid.NewGuid(), "a")));
        var error = Assert.Throws<UnhandledSideEffectException>(() => handlers.For(new Unhandled(Guid.NewGuid(), "b")));
        Assert.Equal([typeof(Unhandled)], error.Types);
    }

    [Fact]
    public void Two_handlers_for_one_type_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SideEffectHandlers([new RecordedHandler(), new RecordedHandler()], []));

        Assert.Contains(typeof(Recorded).FullName!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kernel_declares_its_hand_off_as_a_side_effect_and_the_modules_declare_theirs()
    {
        var declared = SideEffectTypes.DeclaredIn(SideEffectHandlers.ProductionAssemblies);

        Assert.Contains(typeof(StartWorkflowRequest), declared);
        Assert.Contains(typeof(Modules.Cases.Activities.CasePhaseChange), declared);
        Assert.Contains(typeof(Modules.Tasks.Activities.HumanTaskCreated), declared);
        Assert.Contains(typeof(Modules.Tasks.Activities.HumanTaskCompleted), declared);
        Assert.DoesNotContain(typeof(Unhandled), declared);
    }

    public sealed record Recorded(Guid InstanceId, string ActivityId) : ActivitySideEffect(InstanceId, ActivityId);

    public sealed record Unhandled(Guid InstanceId, string ActivityId) : ActivitySideEffect(InstanceId, ActivityId);

    private sealed class RecordedHandler : SideEffectHandler<Recorded>
    {
        protected override ValueTask<BurstVeto?> WriteAsync(BurstWrite write, Recorded effect, CancellationToken cancellationToken) =>
            ValueTask.FromResult<BurstVeto?>(null);
    }
}
