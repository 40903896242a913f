using System.Text.Json;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Engine.Simulation;

/// <summary>
/// A module's part in a simulation: how the side effects its activities record play out when nothing is stored and
/// nobody acts. The module answers from its own rules (a task's completion payload, its planned follow-ups, what a
/// record changes in the case) so the simulator does not re-implement them. Every member has a neutral default.
/// </summary>
public interface ISimulationHook
{
    /// <summary>Adds the fields this module keeps on the simulated case (what scripts see as <c>case</c>) with their starting values.</summary>
    void SeedCase(IDictionary<string, object?> caseData)
    {
    }

    /// <summary>The work a simulated person does to end the wait <paramref name="effect"/> opened; null when the effect is not such work.</summary>
    SimulatedWork? OpenWork(ActivitySideEffect effect) => null;

    /// <summary>The step to show when the activity that recorded <paramref name="effect"/> completes; null when the effect shows nothing.</summary>
    SimulatedNote? Describe(ActivitySideEffect effect) => null;
}

/// <summary>
/// One wait a person ends: who, by when, which outcomes, the follow-ups planned before it is done, and the resume data
/// the module's own API would hand the bookmark for a given form data.
/// </summary>
public sealed record SimulatedWork(
    string? Role,
    string? Title,
    DateTimeOffset? DueAt,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<SimulatedFollowUp> FollowUps,
    Func<JsonElement, JsonElement> CompletionData);

/// <summary>Something planned to happen to open work at <see cref="At"/> (a reminder, a reassignment), shown as a step of <see cref="Kind"/>.</summary>
public sealed record SimulatedFollowUp(DateTimeOffset At, string Kind, int Level, string Message);

/// <summary>A step to show, and the case fields it changes for later scripts (<c>case.*</c>).</summary>
public sealed record SimulatedNote(string Kind, string Message, IReadOnlyDictionary<string, object?>? CaseChanges = null);
