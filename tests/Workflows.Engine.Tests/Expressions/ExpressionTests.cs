using System.Text.Json;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Expressions;

public class ExpressionTests
{
    private readonly EngineHarness engine = new();

    private static ExpressionScope Scope(object? caseData = null, object? vars = null) => new(
        JsonSerializer.SerializeToElement(caseData ?? new { code = "AS-2026-0042", nationality = "NG" }),
        JsonSerializer.SerializeToElement(vars ?? new { count = 2 }).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        JsonSerializer.SerializeToElement(new { servedOn = "2026-11-27" }),
        JsonValues.Null);

    private JsonElement Eval(string code, ExpressionScope? scope = null)
    {
        using var session = engine.Expressions.OpenSession(engine.Clock);
        return session.EvaluateScript(new ScriptKey("d", 1, "a", code), code, scope ?? Scope());
    }

    [Theory]
    [InlineData("case.nationality", "$case.nationality")]
    [InlineData("case ['code']", "$case ['code']")]
    [InlineData("case?.code", "$case?.code")]
    [InlineData("'case.x' + case.code", "'case.x' + $case.code")]
    [InlineData("x.case.y", "x.case.y")]
    [InlineData("switch (v) { case 1: return 2 }", "switch (v) { case 1: return 2 }")]
    [InlineData("// case.x\ncase.y", "// case.x\n$case.y")]
    [InlineData("showcase.x", "showcase.x")]
    public void Case_keyword_is_rewritten_only_where_it_is_an_object(string code, string expected) =>
        Assert.Equal(expected, CaseKeywordRewriter.Rewrite(code));

    [Fact]
    public void Scripts_see_case_vars_input_and_date_helpers()
    {
        Assert.Equal("NG", Eval("case.nationality").GetString());
        Assert.Equal(3, Eval("vars.count + 1").GetInt32());
        Assert.Equal("2026-12-01", Eval("addWorkingDays(input.servedOn, 2)").GetString());
        Assert.Equal("2026-11-30", Eval("addDays('2026-11-27', 3)").GetString());
        Assert.Equal(EngineHarness.Epoch, DateTimeOffset.Parse(Eval("now()").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("2026-11-25", Eval("today()").GetString());
        Assert.False(Eval("isWorkingDay('2026-11-28')").GetBoolean());
        Assert.Equal(EngineHarness.Epoch.ToUnixTimeMilliseconds(), Eval("Date.now()").GetInt64());
    }

    [Fact]
    public void Objects_come_back_as_json()
    {
        var value = Eval("({ a: [1, 2], b: { c: 'x' }, d: undefined })");

        Assert.Equal("""{"a":[1,2],"b":{"c":"x"}}""", value.GetRawText());
    }

    [Fact]
    public void Prepared_scripts_are_cached_per_definition_version_activity_and_input()
    {
        var key = new ScriptKey("d", 1, "a", "condition");
        using (var session = engine.Expressions.OpenSession(engine.Clock))
        {
            session.EvaluateScript(key, "1 + 1", Scope());
            session.EvaluateScript(key, "1 + 1", Scope());
            session.EvaluateScript(key with { Version = 2 }, "1 + 1", Scope());
        }

        Assert.Equal(2, engine.Expressions.Scripts.Count);
        var first = engine.Expressions.Scripts.GetOrPrepare(key, "1 + 1");
        var again = engine.Expressions.Scripts.GetOrPrepare(key, "1 + 1");
        Assert.Equal(first.Program, again.Program);
    }

    [Fact]
    public void A_script_error_is_an_expression_exception_naming_the_input()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("vars.nothing.deeper"));

        Assert.Contains("a.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_render_with_the_same_model_and_are_cached()
    {
        using var session = engine.Expressions.OpenSession(engine.Clock);

        var text = session.RenderTemplate("Case {{ case.code }} has {{ vars.count }} tasks", Scope());

        Assert.Equal("Case AS-2026-0042 has 2 tasks", text);
        Assert.Same(engine.Expressions.Templates.GetOrParse("Case {{ case.code }} has {{ vars.count }} tasks"), engine.Expressions.Templates.GetOrParse("Case {{ case.code }} has {{ vars.count }} tasks"));
    }
}
