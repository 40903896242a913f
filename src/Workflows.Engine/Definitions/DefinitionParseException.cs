namespace Astra.Workflows.Engine.Definitions;

/// <summary>The text is not a readable workflow definition (malformed JSON or wrong shape).</summary>
public sealed class DefinitionParseException : Exception
{
    public DefinitionParseException() { }

    public DefinitionParseException(string message) : base(message) { }

    public DefinitionParseException(string message, Exception innerException) : base(message, innerException) { }
}
