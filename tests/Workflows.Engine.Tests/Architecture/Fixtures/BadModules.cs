// Deliberately bad types: the architecture tests run the rule checker over them to prove each rule can fail.
namespace Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Beta.Storage
{
    internal sealed class BetaEntity
    {
        public Guid Id { get; init; }
    }
}

namespace Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Beta.Contracts
{
    internal sealed record BetaCreated(Guid Id);
}

namespace Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Alpha.Work
{
    using Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Beta.Contracts;
    using Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Beta.Storage;

    /// <summary>Allowed: Alpha uses Beta's contract.</summary>
    internal sealed class UsesBetaContract
    {
        public static BetaCreated Announce(Guid id) => new(id);
    }

    /// <summary>Forbidden: Alpha reaches Beta's storage, only inside an async lambda (IL, not usings, is checked).</summary>
    internal sealed class ReachesIntoBeta
    {
        public static async Task<int> CountAsync(IEnumerable<Guid> ids)
        {
            await Task.Yield();
            Func<Guid, object> make = id => new BetaEntity { Id = id };
            return ids.Select(make).Count();
        }
    }
}

namespace Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Platform.Audit
{
    using Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Beta.Contracts;

    /// <summary>Forbidden: Platform (outside its database) knows a module, even its contract.</summary>
    internal sealed class PlatformKnowsBeta
    {
        public static object Describe(Guid id) => new BetaCreated(id);
    }
}

namespace Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Platform.Database
{
    using Astra.Workflows.Engine.Tests.Architecture.Fixtures.Modules.Beta.Storage;

    /// <summary>Allowed: the shared database sees every module's entities.</summary>
    internal sealed class SharedContext
    {
        public List<BetaEntity> Betas { get; } = [];
    }
}

namespace Astra.Workflows.Engine.Tests.Architecture.Fixtures.Kernel
{
    /// <summary>Allowed in a kernel: nothing but itself and the base library.</summary>
    internal sealed class CleanKernelType
    {
        public static TimeSpan Twice(TimeSpan span) => span + span;
    }

    /// <summary>Forbidden in a kernel: a module's type (here the shared DbContext).</summary>
    internal sealed class KernelUsesModule
    {
        public static string Name() => typeof(Astra.Workflows.Modules.Platform.Database.WorkflowsDbContext).Name;
    }
}
