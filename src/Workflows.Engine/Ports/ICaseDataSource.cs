using System.Text.Json;

namespace Astra.Workflows.Engine.Ports;

/// <summary>
/// What scripts and templates see as <c>case</c> (the pseudonymous fields the Cases module exposes; never the client's identity),
/// loaded when a burst resumes without the caller having supplied it (events, timers, hand-offs).
/// </summary>
public interface ICaseDataSource
{
    Task<JsonElement?> LoadAsync(Guid caseId, CancellationToken cancellationToken);
}
