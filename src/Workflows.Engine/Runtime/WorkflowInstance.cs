using System.Collections.Immutable;
using System.Text.Json;

namespace Astra.Workflows.Engine.Runtime;

/// <summary>
/// The persisted state of a running workflow, immutable: every burst produces a new value with
/// <see cref="Version"/> + 1, which the store commits only if the stored version is still the previous one.
/// </summary>
public sealed record WorkflowInstance
{
    public required Guid Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int DefinitionVersion { get; init; }
    public Guid? CaseId { get; init; }
    public InstanceStatus Status { get; init; } = InstanceStatus.Running;
    public JsonElement Input { get; init; }
    public ImmutableDictionary<string, JsonElement> Variables { get; init; } = ImmutableDictionary<string, JsonElement>.Empty;

    /// <summary>The payload of the last completed human task, seen by scripts as <c>task</c>.</summary>
    public JsonElement? LastTask { get; init; }

    public ImmutableList<Token> Tokens { get; init; } = [];
    public ImmutableDictionary<string, JoinState> Joins { get; init; } = ImmutableDictionary<string, JoinState>.Empty;
    public ImmutableList<Bookmark> Bookmarks { get; init; } = [];
    public ImmutableList<Incident> Incidents { get; init; } = [];

    /// <summary>Row version for optimistic concurrency; 0 means not yet stored.</summary>
    public long Version { get; init; }

    /// <summary>Sequence number of the last journal entry, so entries of concurrent bursts order cleanly.</summary>
    public long JournalSequence { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    public bool IsFinished => Status is InstanceStatus.Completed or InstanceStatus.Cancelled;
}
