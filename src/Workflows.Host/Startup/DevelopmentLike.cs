namespace Astra.Workflows.Host.Startup;

/// <summary>
/// Development and the integration tests' <c>Testing</c>: the only environments where demo accounts, switching off
/// two-factor, plain HTTP and an anonymous OpenAPI document are allowed. Every other name (Staging, Production, a
/// typo) gets the production rules.
/// </summary>
internal static class DevelopmentLike
{
    public const string TestingEnvironment = "Testing";

    public static bool Is(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() || environment.IsEnvironment(TestingEnvironment);
    }
}
