// The validation metadata API of Microsoft.Extensions.Validation is marked experimental in .NET 10.
#pragma warning disable ASP0029
using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;
using static Astra.Workflows.IntegrationTests.Tasks.TaskSteps;

namespace Astra.Workflows.IntegrationTests.Hardening;

/// <summary>Request records are checked by .NET's validation pipeline before a handler runs, keyed by JSON names.</summary>
public sealed class RequestValidationTests(AstraApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Every_broken_rule_of_a_request_record_is_answered_at_once_naming_the_json_fields()
    {
        var client = await Factory.ClientForAsync(CaseManager);

        // No such task either: the record's rules are checked before the handler looks anything up.
        var response = await client.PostAsJsonAsync($"/api/tasks/{Guid.NewGuid()}/complete", new { outcome = "Accepted", idempotencyKey = new string('k', 151) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var errors = problem.GetProperty("errors");
        Assert.Equal(["idempotencyKey", "revision"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal("The revision of the task as you saw it is required.", errors.GetProperty("revision")[0].GetString());
        Assert.Equal("At most 150 characters.", errors.GetProperty("idempotencyKey")[0].GetString());
    }

    [Fact]
    public async Task A_blank_required_string_is_refused_with_the_records_own_message()
    {
        var client = await Factory.ClientForAsync(Coordinator);

        var response = await client.PostAsJsonAsync("/api/instances", new { definitionId = "   " });

        var errors = await ErrorsAsync(response);
        Assert.Equal("A definitionId is required.", Assert.Single(errors.EnumerateObject()).Value[0].GetString());
        Assert.True(errors.TryGetProperty("definitionId", out _));
    }

    [Fact]
    public async Task Nested_and_listed_fields_are_keyed_by_their_json_path()
    {
        var options = Factory.Services.GetRequiredService<IOptions<ValidationOptions>>().Value;
        var request = new ProbeRequest(new ProbeItem(null, "ok"), [new ProbeItem("fine", "ok"), new ProbeItem(null, "far too long")]);
        Assert.True(options.TryGetValidatableTypeInfo(typeof(ProbeRequest), out var info));

        var context = new ValidateContext { ValidationContext = new ValidationContext(request), ValidationOptions = options };
        await info.ValidateAsync(request, context, CancellationToken.None);

        Assert.NotNull(context.ValidationErrors);
        Assert.Equal(
            ["mainItem.fieldName", "otherItems[1].fieldName", "otherItems[1].shortNote"],
            context.ValidationErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("The fieldName field is required.", context.ValidationErrors["mainItem.fieldName"][0]);
    }

    public sealed record ProbeRequest(ProbeItem? MainItem, IReadOnlyList<ProbeItem>? OtherItems);

    public sealed record ProbeItem([property: Required] string? FieldName, [property: MaxLength(5)] string? ShortNote);
}
