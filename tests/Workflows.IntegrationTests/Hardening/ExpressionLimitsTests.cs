using System.Text.Json;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Astra.Workflows.IntegrationTests.Hardening;

/// <summary>The script and template limits come from Astra:Expressions, checked at start, and are the ones the engine applies.</summary>
public sealed class ExpressionLimitsTests(AstraApiFactory factory) : ApiTest(factory)
{
    // About 4,000 statements: well within the default of 100,000.
    private const string Loop = "var n = 0; for (var i = 0; i < 2000; i++) { n = n + i; } n";

    [Theory]
    [InlineData("Timeout", "00:00:00")]
    [InlineData("MaxStatements", "-5")]
    [InlineData("MemoryLimitBytes", "0")]
    [InlineData("RecursionLimit", "100000")]
    [InlineData("TemplateMaxOutputLength", "2000000000")]
    public void A_zero_negative_or_absurd_limit_stops_the_host_and_names_the_setting(string setting, string value)
    {
        using var host = Factory.CreateSecondHost(($"Astra:Expressions:{setting}", value));

        var error = Assert.ThrowsAny<Exception>(() => host.Services);

        Assert.Contains($"Astra:Expressions:{setting} is ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lowered_statement_limit_is_the_one_the_engine_applies()
    {
        using var host = Factory.CreateSecondHost(("Astra:Expressions:MaxStatements", "500"));
        var lowered = host.Services.GetRequiredService<ExpressionService>();

        Assert.Equal(500, lowered.Options.MaxStatements);
        Assert.Equal(1_999_000, Evaluate(Factory.Services.GetRequiredService<ExpressionService>()).GetInt32());
        var fault = Assert.Throws<ExpressionException>(() => Evaluate(lowered));
        Assert.Contains("statements", fault.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static JsonElement Evaluate(ExpressionService expressions)
    {
        using var session = expressions.OpenSession(TimeProvider.System);
        var scope = new ExpressionScope(JsonValues.EmptyObject, new Dictionary<string, JsonElement>(), JsonValues.Null, JsonValues.Null);
        return session.EvaluateScript(new ScriptKey("limits", 1, "a", "condition"), Loop, scope);
    }
}
