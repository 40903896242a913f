using Astra.Workflows.Engine.Runtime;
using Astra.Workflows.Modules.Platform.Database;

namespace Astra.Workflows.Modules.Platform.Bursts;

/// <summary>
/// Writes one type of <see cref="ActivitySideEffect"/> into the burst's transaction (Hangfire's state-plus-handler
/// idea): the module that declares the record registers its handler. Rows it adds to <see cref="BurstWrite.Db"/> are
/// saved with the burst's own rows; statements it runs join the same transaction.
/// </summary>
public interface ISideEffectHandler
{
    Type EffectType { get; }

    /// <summary>Writes the effect; a <see cref="BurstVeto"/> instead rolls the whole burst back (null: written).</summary>
    ValueTask<BurstVeto?> WriteAsync(BurstWrite write, ActivitySideEffect effect, CancellationToken cancellationToken);
}

/// <summary>The typed base every handler derives from.</summary>
public abstract class SideEffectHandler<TEffect> : ISideEffectHandler
    where TEffect : ActivitySideEffect
{
    public Type EffectType => typeof(TEffect);

    public ValueTask<BurstVeto?> WriteAsync(BurstWrite write, ActivitySideEffect effect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return WriteAsync(write, (TEffect)effect, cancellationToken);
    }

    protected abstract ValueTask<BurstVeto?> WriteAsync(BurstWrite write, TEffect effect, CancellationToken cancellationToken);
}

/// <summary>The burst being written and the context of its transaction.</summary>
public sealed record BurstWrite(WorkflowsDbContext Db, BurstResult Burst, DateTimeOffset Now);
