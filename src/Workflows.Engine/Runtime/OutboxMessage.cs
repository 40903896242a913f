using System.Text.Json;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>A message to deliver after the burst commits (e-mail, in-app notification). Never carries client identity.</summary>
public sealed record OutboxMessage(Guid Id, string Kind, JsonElement Payload, DateTimeOffset CreatedAt);
