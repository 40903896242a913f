using System.ComponentModel.DataAnnotations;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>A queue and its filters under a name; <paramref name="SharedWithRole"/> shows it to everyone in that role (one the owner holds).</summary>
public sealed record QueueViewRequest(
    [property: Required(ErrorMessage = "A name is required.")][property: MaxLength(80, ErrorMessage = "At most 80 characters.")] string? Name,
    [property: Required(ErrorMessage = "A queue is required.")] string? Queue,
    [property: MaxLength(100, ErrorMessage = "At most 100 characters.")] string? TaskType,
    Guid? AssigneeId,
    string? Priority,
    string? SharedWithRole);

/// <summary><paramref name="Mine"/>: the caller saved it (and may delete it); otherwise a colleague shared it with the caller's role.</summary>
public sealed record QueueViewResponse(Guid Id, string Name, string Queue, string? TaskType, Guid? AssigneeId, string? Priority, string? SharedWithRole, bool Mine, string OwnerName);
