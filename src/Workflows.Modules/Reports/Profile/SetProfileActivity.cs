using System.Text.Json;
using System.Text.Json.Serialization;
using Astra.Workflows.Engine.Activities;
using Astra.Workflows.Engine.Runtime;

namespace Astra.Workflows.Modules.Reports.Profile;

/// <summary>The profile fields a workflow sets, written into the burst's transaction by <see cref="CaseProfileChangeHandler"/>.</summary>
public sealed record CaseProfileChange(Guid? CaseId, CaseProfileDto Profile, Guid InstanceId, string ActivityId) : ActivitySideEffect(InstanceId, ActivityId);

/// <summary>
/// <c>case.profile.set</c>: fills the case's coded profile from a workflow's forms. Its <c>profile</c> input has the
/// shape of <c>PUT /api/cases/{id}/profile</c>, but only the fields it gives change (e.g. only
/// <c>identification</c> once the state centre decided). An unknown code faults the activity naming the field.
/// </summary>
public sealed class SetProfileActivity : IActivity
{
    public const string Key = "case.profile.set";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public ActivityDescriptor Descriptor { get; } = new()
    {
        Key = Key,
        DisplayName = "Set case profile",
        Category = "Cases",
        Description = "Sets fields of the case's coded profile (sex, ageGroup, citizenship, exploitation, place, identification, referralSource) for reports; fields not given stay.",
        Inputs =
        [
            new() { Name = "profile", Type = InputType.Json, Required = true, Syntax = InputSyntax.Literal | InputSyntax.Expression, Description = "An object with any of the profile's fields, e.g. { \"identification\": { \"status\": \"formallyIdentified\", \"on\": \"2026-03-02\", \"by\": \"stateCentre\" } }." },
        ],
    };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CaseId is null)
        {
            throw new InvalidOperationException($"Activity '{context.Activity.Id}' sets a case profile, but the instance has no case.");
        }

        var raw = context.GetInput("profile") ?? throw new InvalidOperationException($"Input 'profile' of activity '{context.Activity.Id}' is empty.");
        CaseProfileDto profile;
        try
        {
            profile = raw.Deserialize<CaseProfileDto>(Json) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"Input 'profile' of activity '{context.Activity.Id}' is not a profile object: {e.Message}", e);
        }

        var errors = ProfileRules.Validate(profile, partial: true);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Input 'profile' of activity '{context.Activity.Id}': " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
        }

        context.AddSideEffect(new CaseProfileChange(context.CaseId, profile, context.InstanceId, context.Activity.Id));
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
