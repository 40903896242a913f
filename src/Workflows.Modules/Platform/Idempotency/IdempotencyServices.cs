using Astra.Workflows.Engine.Runtime;
namespace Astra.Workflows.Modules.Platform.Idempotency;

internal static class IdempotencyServices
{
    public static IServiceCollection AddIdempotentRequests(this IServiceCollection services) =>
        services.AddSingleton(new KeyedLocks<string>(StringComparer.Ordinal)).AddSingleton<IdempotentRequests>();
}
