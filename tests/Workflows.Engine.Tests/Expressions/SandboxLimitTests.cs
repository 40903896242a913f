using System.Diagnostics;
using System.Text.Json;
using Astra.Workflows.Engine.Expressions;
using Astra.Workflows.Engine.Tests.Support;

namespace Astra.Workflows.Engine.Tests.Expressions;

/// <summary>The payloads of issue 13 item 1: each must end as an error within its limit, never take the process down.</summary>
public class SandboxLimitTests
{
    private readonly EngineHarness engine = new();

    private static ExpressionScope Scope() => new(
        JsonSerializer.SerializeToElement(new { code = "AS-2026-0042" }),
        new Dictionary<string, JsonElement>(),
        JsonValues.Null,
        JsonValues.Null);

    private JsonElement Eval(string code)
    {
        using var session = engine.Expressions.OpenSession(engine.Clock);
        return session.EvaluateScript(new ScriptKey("d", 1, "a", "condition"), code, Scope());
    }

    private string Render(string text)
    {
        using var session = engine.Expressions.OpenSession(engine.Clock);
        return session.RenderTemplate(text, Scope());
    }

    private static string Nested(string open, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

    [Fact]
    public void Twenty_thousand_nested_if_tags_are_refused_before_parsing()
    {
        // Parsed, this overflows the stack and ends the test process.
        var text = Nested("{% if a %}", "{% endif %}", 20_000);

        var accepted = TemplateCache.TryParse(text, ExpressionOptions.Default, out _, out var error);

        Assert.False(accepted);
        Assert.Contains("characters long", error, StringComparison.Ordinal);
        var shortButDeep = Nested("{% if a %}", "{% endif %}", 500);
        Assert.False(TemplateCache.TryParse(shortButDeep, ExpressionOptions.Default with { TemplateMaxLength = 100_000 }, out _, out error));
        Assert.Contains("nests tags or brackets 500 deep", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_index_nesting_in_an_output_tag_is_refused_before_parsing()
    {
        var text = "{{ " + Nested("a[", "]", 2_000) + " }}";

        Assert.False(TemplateCache.TryParse(text, ExpressionOptions.Default, out _, out var error));
        Assert.Contains("2000 deep", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_templates_are_within_the_limits()
    {
        Assert.True(TemplateCache.TryParse("{% if a %}{% for i in (1..3) %}{{ i }}{% endfor %}{% else %}{{ b[0] }}{% endif %}", ExpressionOptions.Default, out _, out _));
        Assert.Equal("AS-2026-0042: 123", Render("{{ case.code }}: {% for i in (1..3) %}{{ i }}{% endfor %}"));
        Assert.Equal("ab", Render("{% capture s %}a{% endcapture %}{{ s | append: 'b' }}"));
        Assert.Equal("12345678910|20", Render("{% capture s %}{% for i in (1..10) %}{{ i }}{% endfor %}{% endcapture %}{{ s }}|{{ s.size | plus: 9 }}"));
    }

    [Fact]
    public void Scripts_too_long_or_too_deep_are_refused_before_parsing()
    {
        Assert.False(ScriptCache.TryPrepare(Nested("(", ")", 5_000), ExpressionOptions.Default, out _, out var error));
        Assert.Contains("characters long", error, StringComparison.Ordinal);
        Assert.False(ScriptCache.TryPrepare(Nested("[", "]", 100), ExpressionOptions.Default, out _, out error));
        Assert.Contains("nests brackets 100 deep", error, StringComparison.Ordinal);
        Assert.True(ScriptCache.TryPrepare("'((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((' + f(g[1])", ExpressionOptions.Default, out _, out _));
    }

    [Fact]
    public void A_catastrophic_regex_stops_within_the_script_timeout()
    {
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<ExpressionException>(() => Eval("/^(a+)+$/.test('a'.repeat(30) + 'b')"));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Contains("timed out", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Atomics")]
    [InlineData("SharedArrayBuffer")]
    [InlineData("ShadowRealm")]
    [InlineData("ArrayBuffer")]
    [InlineData("Uint8Array")]
    public void Blocking_and_shared_memory_globals_do_not_exist(string name) =>
        Assert.Equal("undefined", Eval($"typeof {name}").GetString());

    [Fact]
    public void Atomics_wait_cannot_block()
    {
        var watch = Stopwatch.StartNew();

        Assert.Throws<ExpressionException>(() => Eval("Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)"));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("'x'.repeat(2e8)")]
    [InlineData("'x'.padEnd(2e8)")]
    [InlineData("'x'.padStart(2e8, 'y')")]
    [InlineData("let s = 'x'.repeat(1e6); s.concat(s, s)")]
    [InlineData("let s = 'x'.repeat(1e6); [s, s].join('')")]
    [InlineData("let s = 'x'.repeat(1e5); String(Array(50000).fill(s))")]
    [InlineData("let s = 'x'.repeat(1e5); '' + Array(50000).fill(s)")]
    [InlineData("let s = 'x'.repeat(1e5); JSON.stringify(Array(50000).fill(s))")]
    [InlineData("let s = 'x'.repeat(1e5); JSON.stringify(Array(50000).fill(1), () => s)")]
    [InlineData("let s = 'x'.repeat(1e6); s.replaceAll('x', s)")]
    [InlineData("let s = 'x'.repeat(1e6); s.replace(/x/g, '$&$&')")]
    [InlineData("let s = 'x'.repeat(1e5); 'y'.repeat(50000).replace(/y/g, () => s)")]
    [InlineData("let s = 'x'.repeat(1e5); String.raw({ raw: Array(50000).fill(s) })")]
    [InlineData("let s = 'x'.repeat(1e5); Array(50000).fill(s).toLocaleString()")]
    [InlineData("let s = 'x'.repeat(1e5); let o = { toJSON() { return s } }; JSON.stringify(Array(50000).fill(o))")]
    [InlineData("new Array(1e9).fill(0)")]
    [InlineData("let a = []; a.length = 4e9; a.join('')")]
    public void One_call_cannot_build_a_huge_string_or_array(string code)
    {
        var before = GC.GetTotalAllocatedBytes();

        var error = Assert.Throws<ExpressionException>(() => Eval(code));

        Assert.Matches("limit|array size", error.Message);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 256L * 1024 * 1024, "allocated more than 256 MB");
    }

    [Fact]
    public void Guarded_built_ins_still_work()
    {
        Assert.Equal("xxx|--ab|ab--|a,b,,c|abcd|[1,[2]]|a-b-c|[ab]", Eval(
            "['x'.repeat(3), 'ab'.padStart(4, '-'), 'ab'.padEnd(4, '-'), ['a', 'b', null, 'c'].join(), 'ab'.concat('c', 'd'), JSON.stringify([1, [2]]), 'a b c'.replaceAll(' ', '-'), 'ab'.replace(/ab/, '[$&]')].join('|')").GetString());
        Assert.Equal("1,2,3", Eval("let a = [1, 2, 3]; a.push(a); a.join().replace(/,$/, '')").GetString());
        Assert.Equal("A-B|{\"a\":2}", Eval("['a-b'.replace(/(\\w)/g, (m, g) => g.toUpperCase()), JSON.stringify({ a: 1 }, (k, v) => typeof v === 'number' ? v + 1 : v)].join('|')").GetString());
        Assert.Equal("1,2,3,,a|a1b", Eval("[[1, [2, [3]], null, 'a'].toLocaleString(), String.raw({ raw: ['a', 'b'] }, 1)].join('|')").GetString());
    }

    [Fact]
    public void A_change_to_the_intrinsics_is_not_seen_by_the_next_script()
    {
        using var session = engine.Expressions.OpenSession(engine.Clock);
        var key = new ScriptKey("d", 1, "a", "x");
        session.EvaluateScript(key, "Object.prototype.polluted = 1; JSON.stringify = () => 'forged'; globalThis.leak = 2; true", Scope());

        var next = session.EvaluateScript(key with { Input = "y" }, "[typeof ({}).polluted, JSON.stringify({ a: 1 }), typeof leak].join('|')", Scope());

        Assert.Equal("undefined|{\"a\":1}|undefined", next.GetString());
    }

    [Theory]
    [InlineData("let t = 'x'.repeat(1000); (t = `${t}${t}`, t = `${t}${t}`, t = `${t}${t}`).length", "template literals")]
    [InlineData("let b = 2n ** 100000n; 1", "BigInt literals")]
    public void Constructs_that_build_in_one_unchecked_step_are_refused_when_parsing(string code, string expected)
    {
        Assert.False(ScriptCache.TryPrepare(code, ExpressionOptions.Default, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.True(ScriptCache.TryPrepare("String.raw`a${1}b` + `plain`", ExpressionOptions.Default, out _, out _));
    }

    [Fact]
    public void Eval_and_the_Function_constructor_are_off() =>
        Assert.Throws<ExpressionException>(() => Eval("eval('1 + 1')"));

    [Theory]
    [InlineData("{% for i in (1..100000000) %}x{% endfor %}", "range")]
    [InlineData("{% for i in (1..60000) %}{% endfor %}", "maximum level")] // Fluid words its MaxSteps error as recursion
    [InlineData("{% assign s = 'xxxxxxxxxxxxxxxx' %}{% for i in (1..24) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}", "limit")]
    [InlineData("{% for i in (1..9000) %}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx{% endfor %}", "rendered text")]
    [InlineData("{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..10) %}{% assign s = s | append: s %}{% endfor %}{% capture c %}{% for i in (1..20) %}{{ s }}{% endfor %}{% endcapture %}{{ c.size }}", "exceed")]
    [InlineData("{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..15) %}{% assign s = s | append: s %}{% endfor %}{{ s | replace: 'x', s | size }}", "limit")]
    [InlineData("{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..13) %}{% assign s = s | append: s %}{% endfor %}{{ (1..90000) | join: s | size }}", "limit")]
    public void Templates_cannot_build_huge_output(string text, string expected)
    {
        var before = GC.GetTotalAllocatedBytes();

        var error = Assert.Throws<ExpressionException>(() => Render(text));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 256L * 1024 * 1024, "allocated more than 256 MB");
    }
}
