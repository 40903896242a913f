using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>A token about to run an activity inside a burst; <see cref="Via"/> is the connection it came along.</summary>
internal sealed record PendingToken(Guid TokenId, string ActivityId, ConnectionDefinition? Via);
