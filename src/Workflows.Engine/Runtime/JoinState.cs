using System.Collections.Immutable;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// Arrivals recorded at a <c>flow.join</c> for the current round: the inbound connections seen so far,
/// as <c>from:outcome</c>. <see cref="Fired"/> is set once a join in <c>any</c> mode has let the first one through.
/// </summary>
public sealed record JoinState(ImmutableHashSet<string> Arrived, bool Fired = false);
