using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Engine.Validation;

/// <summary>
/// The shape of <c>events</c> and <c>startRoles</c>. Which role names exist and which events the service reserves
/// for itself is the host's knowledge; it checks those on top.
/// </summary>
public static class DeclarationChecks
{
    // Fits the audit log's entity id column.
    public const int MaxEventNameLength = 64;

    internal static void Check(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < definition.Events.Count; i++)
        {
            var declared = definition.Events[i];
            var path = $"events[{i}]";
            if (!IsWellFormedEventName(declared.Name))
            {
                problems.Add(ValidationProblem.Coded(
                    null,
                    null,
                    ValidationCodes.EventNameInvalid,
                    $"{path}.name '{declared.Name}' must start with a letter and contain only letters, digits, '.', '-' and '_' (at most {MaxEventNameLength} characters).",
                    ("path", $"{path}.name"),
                    ("name", declared.Name),
                    ("max", MaxEventNameLength)));
            }
            else if (!seen.Add(declared.Name))
            {
                problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.EventDeclaredTwice, $"{path}.name: event '{declared.Name}' is declared twice.", ("path", $"{path}.name"), ("name", declared.Name)));
            }

            CheckRoles(declared.Roles, $"{path}.roles", problems);
        }

        if (definition.StartRoles is { } startRoles)
        {
            CheckRoles(startRoles, "startRoles", problems);
        }
    }

    /// <summary>No ':' — the service's own events carry ids after one (<c>{family}:{id}</c>).</summary>
    public static bool IsWellFormedEventName(string? name) =>
        name is { Length: > 0 and <= MaxEventNameLength } && char.IsAsciiLetter(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static void CheckRoles(IReadOnlyList<string>? roles, string path, List<ValidationProblem> problems)
    {
        if (roles is null || roles.Count == 0)
        {
            problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.RolesEmpty, $"{path} must name at least one role.", ("path", path)));
            return;
        }

        for (var i = 0; i < roles.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(roles[i]))
            {
                problems.Add(ValidationProblem.Coded(null, null, ValidationCodes.RoleEmpty, $"{path}[{i}] is empty; name a role.", ("path", $"{path}[{i}]")));
            }
        }
    }
}
