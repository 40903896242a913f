namespace Astra.Workflows.DevelopmentSupport.PrivateCluster;

public sealed class PrivatePostgresException : Exception
{
    public PrivatePostgresException(string message) : base(message) { }

    public PrivatePostgresException(string message, Exception inner) : base(message, inner) { }

    public PrivatePostgresException() { }
}
