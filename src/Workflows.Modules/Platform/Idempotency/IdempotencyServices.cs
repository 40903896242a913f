namespace Astra.Workflows.Modules.Platform.Idempotency;

internal static class IdempotencyServices
{
    public static IServiceCollection AddIdempotentRequests(this IServiceCollection services) =>
        services.AddSingleton<KeyedLocks>().AddSingleton<IdempotentRequests>();
}
