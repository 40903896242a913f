using Astra.Workflows.Engine.Definitions;
using Astra.Workflows.Engine.Validation;
using Astra.Workflows.Modules.Definitions.Events;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>What only the host knows about <c>events</c> and <c>startRoles</c>: the role names and the service's own events.</summary>
internal static class DeclarationAccessChecks
{
    public static void Check(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        for (var i = 0; i < definition.Events.Count; i++)
        {
            var declared = definition.Events[i];
            if (declared.Name is { Length: > 0 } name && SystemEvents.IsReserved(name))
            {
                problems.Add(ValidationProblem.Coded(
                    null,
                    null,
                    DefinitionValidationCodes.SystemEvent,
                    $"events[{i}].name: '{name}' is a system event the service raises itself; it cannot be declared for people to raise.",
                    ("path", $"events[{i}].name"),
                    ("name", name)));
            }

            CheckRoles(declared.Roles, $"events[{i}].roles", problems);
        }

        CheckRoles(definition.StartRoles, "startRoles", problems);
    }

    private static void CheckRoles(IReadOnlyList<string>? roles, string path, List<ValidationProblem> problems)
    {
        for (var i = 0; i < (roles?.Count ?? 0); i++)
        {
            var role = roles![i];
            if (!string.IsNullOrWhiteSpace(role) && !Roles.All.Contains(role, StringComparer.Ordinal))
            {
                problems.Add(ValidationProblem.Coded(
                    null,
                    null,
                    DefinitionValidationCodes.UnknownRole,
                    $"{path}[{i}]: unknown role '{role}'. Use one of: {string.Join(", ", Roles.All)}.",
                    ("path", $"{path}[{i}]"),
                    ("role", role),
                    ("roles", string.Join(", ", Roles.All))));
            }
        }
    }
}
