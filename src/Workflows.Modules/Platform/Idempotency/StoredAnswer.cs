using System.Text.Json;

namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>
/// The row kept under a key: a claim while the first request works ("pending", with the token of its holder
/// and an id reserved for what it creates), then the answer it gave ("done").
/// </summary>
internal sealed record StoredAnswer(
    string State, string Fingerprint, Guid Token, Guid ReservedId, DateTimeOffset? ClaimedAt, int Status, string? Location, JsonElement? Body)
{
    public const string Pending = "pending";

    public const string Done = "done";

    public T BodyAs<T>() => Body!.Value.Deserialize<T>(JsonSerializerOptions.Web)!;
}
