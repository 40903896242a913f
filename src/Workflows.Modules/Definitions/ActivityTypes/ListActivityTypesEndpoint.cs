using System.Text.Json;
using Astra.Workflows.Engine.Activities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Astra.Workflows.Modules.Definitions.ActivityTypes;

internal static class ListActivityTypesEndpoint
{
    private static readonly InputSyntax[] SyntaxFlags = [InputSyntax.Literal, InputSyntax.Template, InputSyntax.Expression];

    public static RouteGroupBuilder MapActivityTypes(this RouteGroupBuilder api)
    {
        api.MapGet("/activity-types", List).WithTags("Definitions").WithName("ListActivityTypes")
            .WithSummary("List activity types")
            .WithDescription("The activity types a workflow definition can use, with their inputs and outcomes, for the designer's palette.");
        return api;
    }

    private static Ok<List<ActivityTypeResponse>> List(ActivityRegistry registry) =>
        TypedResults.Ok(registry.Descriptors.Select(ToResponse).ToList());

    private static ActivityTypeResponse ToResponse(ActivityDescriptor d) =>
        new(d.Key, d.DisplayName, d.Category, d.Description, d.Inputs.Select(ToResponse).ToList(), d.Outcomes, d.DynamicOutcomesInput, d.CanWait, d.IsStart);

    private static ActivityInputResponse ToResponse(InputDescriptor i) =>
        new(
            i.Name,
            JsonNamingPolicy.CamelCase.ConvertName(i.Type.ToString()),
            i.DisplayName,
            i.Description,
            i.Required,
            i.Default,
            SyntaxFlags.Where(f => i.Syntax.HasFlag(f)).Select(f => JsonNamingPolicy.CamelCase.ConvertName(f.ToString())).ToList(),
            i.UiHint,
            i.Options,
            i.Translatable);
}
