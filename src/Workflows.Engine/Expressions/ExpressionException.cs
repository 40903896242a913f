namespace Astra.Workflows.Engine.Expressions;

/// <summary>A script or template failed: syntax, runtime error, or a sandbox limit.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException() { }

    public ExpressionException(string message) : base(message) { }

    public ExpressionException(string message, Exception innerException) : base(message, innerException) { }
}
