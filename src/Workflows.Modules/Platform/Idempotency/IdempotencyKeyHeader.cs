namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>
/// Marks an endpoint that reads the <c>Idempotency-Key</c> header, so the OpenAPI document describes the header on
/// exactly the operations that honour it (the host's transformer reads this, not a list of routes that could drift).
/// </summary>
public sealed record IdempotencyKeyHeader
{
    public const string Name = IdempotencyKeys.Header;

    public const int MaxLength = IdempotencyKeys.MaxLength;

    public static readonly IdempotencyKeyHeader Instance = new();

    private IdempotencyKeyHeader()
    {
    }
}

public static class IdempotencyKeyHeaderExtensions
{
    /// <summary>The handler reads the header through <c>IdempotencyKeys.FromHeader</c>; the document says so.</summary>
    public static RouteHandlerBuilder HonoursIdempotencyKey(this RouteHandlerBuilder endpoint) =>
        endpoint.WithMetadata(IdempotencyKeyHeader.Instance);
}
