namespace Astra.Workflows.Engine.Definitions;

/// <summary>
/// The serializer refuses null for a property but not for an entry of a list (<c>"variables": [null]</c>); this
/// finds those, so every later reader may trust the definition's shape.
/// </summary>
internal static class NullEntries
{
    public static void Check(WorkflowDefinition definition)
    {
        Entries(definition.Events, "events");
        Entries(definition.StartRoles, "startRoles");
        Entries(definition.Inputs, "inputs");
        Entries(definition.Variables, "variables");
        Entries(definition.Activities, "activities");
        Entries(definition.Connections, "connections");
        for (var i = 0; i < definition.Events.Count; i++)
        {
            Entries(definition.Events[i].Roles, $"events[{i}].roles");
        }
    }

    private static void Entries<T>(IReadOnlyList<T?>? list, string path)
    {
        for (var i = 0; list is not null && i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new DefinitionParseException($"Invalid workflow definition at $.{path}[{i}]: an entry may not be null.");
            }
        }
    }
}
