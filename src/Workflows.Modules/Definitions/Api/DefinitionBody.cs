using System.Text;
using Astra.Workflows.Engine.Definitions;

namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>A request body read as a definition, or the reason it could not be.</summary>
internal sealed record DefinitionBody(WorkflowDefinition? Definition, string Error)
{
    /// <summary>
    /// Reads the raw body instead of binding it, so malformed JSON gets the serializer's message (with line and
    /// path) in our ProblemDetails, and the definition is parsed exactly as files in definitions/ are.
    /// </summary>
    public static async Task<DefinitionBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(null, "The request body is empty; send the workflow definition as JSON.");
        }

        try
        {
            return new(DefinitionSerializer.Parse(text), string.Empty);
        }
        catch (DefinitionParseException e)
        {
            return new(null, e.Message);
        }
    }
}
