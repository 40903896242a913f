namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// A sandbox limit was reached inside a native step (a string built in one call, a rendered template). It is a
/// CLR exception on purpose: a script's try/catch cannot swallow it, so the activity faults.
/// </summary>
public sealed class SandboxLimitException : Exception
{
    public SandboxLimitException() { }

    public SandboxLimitException(string message) : base(message) { }

    public SandboxLimitException(string message, Exception innerException) : base(message, innerException) { }
}
