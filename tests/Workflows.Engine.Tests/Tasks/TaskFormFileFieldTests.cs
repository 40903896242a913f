using System.Text.Json;
using Astra.Workflows.Modules.Cases.Contracts;
using Astra.Workflows.Modules.Tasks.Activities;

namespace Astra.Workflows.Engine.Tests.Tasks;

/// <summary>A <c>file</c> form field: declared with an optional document kind, answered with a document id.</summary>
public class TaskFormFileFieldTests
{
    private static IReadOnlyList<TaskFormField> Form(string json) => TaskForm.Parse(JsonDocument.Parse(json).RootElement);

    private static List<DeclarationProblem> Problems(string json)
    {
        var element = JsonDocument.Parse(json).RootElement;
        return TaskForm.CheckShape(element).Concat(TaskForm.CheckDeclaration(TaskForm.Parse(element))).ToList();
    }

    [Fact]
    public void A_file_field_with_a_known_kind_or_none_is_a_valid_declaration()
    {
        Assert.Empty(Problems("""[ { "name": "poa", "type": "file", "kind": "powerOfAttorney", "required": true }, { "name": "extra", "type": "file" } ]"""));
        var field = Form("""[ { "name": "poa", "type": "file", "kind": "powerOfAttorney", "required": true } ]""")[0];
        Assert.Equal((TaskFormField.File, "powerOfAttorney", true), (field.Type, field.Kind, field.Required));
    }

    [Fact]
    public void An_unknown_kind_or_a_kind_on_another_type_is_refused_naming_the_key()
    {
        var problems = Problems("""[ { "name": "a", "type": "file", "kind": "passport" }, { "name": "b", "type": "text", "kind": "other" } ]""");
        Assert.Contains(problems, p => p.Path == "form[0].kind" && p.Message.Contains("'passport'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == "form[1].kind");
    }

    [Fact]
    public void Every_document_kind_is_allowed_by_the_declaration_check()
    {
        foreach (var kind in CaseDocumentKinds.All)
        {
            Assert.Empty(Problems($$"""[ { "name": "f", "type": "file", "kind": "{{kind}}" } ]"""));
        }
    }

    [Theory]
    [InlineData("""{ "poa": "not-an-id" }""", "data.poa")]
    [InlineData("""{ "poa": 42 }""", "data.poa")]
    [InlineData("""{ }""", "data.poa")]
    [InlineData("""{ "poa": "" }""", "data.poa")]
    public void A_required_file_answer_must_be_present_and_a_document_id(string data, string key)
    {
        var errors = TaskForm.CheckData(Form("""[ { "name": "poa", "type": "file", "required": true } ]"""), JsonDocument.Parse(data).RootElement);
        Assert.Contains(key, errors.Keys);
    }

    [Fact]
    public void A_document_id_passes_the_shape_check()
    {
        var errors = TaskForm.CheckData(Form("""[ { "name": "poa", "type": "file", "required": true } ]"""),
            JsonDocument.Parse($$"""{ "poa": "{{Guid.NewGuid():D}}" }""").RootElement);
        Assert.Empty(errors);
    }
}
