using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;
using JsEngine = Jint.Engine;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Parsed scripts, shared by all bursts: parsing is the expensive part and a <see cref="Prepared{T}"/> is thread-safe.
/// The code is part of the entry so a draft edited in place never runs a stale parse.
/// </summary>
public sealed class ScriptCache(ExpressionOptions limits)
{
    private readonly ConcurrentDictionary<ScriptKey, (string Code, Prepared<Script> Script)> scripts = new();

    public ScriptCache() : this(ExpressionOptions.Default) { }

    public int Count => scripts.Count;

    public Prepared<Script> GetOrPrepare(ScriptKey key, string code)
    {
        if (scripts.TryGetValue(key, out var entry) && string.Equals(entry.Code, code, StringComparison.Ordinal))
        {
            return entry.Script;
        }

        if (!TryPrepare(code, limits, out var prepared, out var error))
        {
            throw new ExpressionException($"Script does not parse: {error}");
        }

        scripts[key] = (code, prepared);
        return prepared;
    }

    /// <summary>Checks the source limits first, so an oversized or deeply nested script never reaches the parser.</summary>
    public static bool TryPrepare(string code, ExpressionOptions limits, out Prepared<Script> prepared, out string? error)
    {
        ArgumentNullException.ThrowIfNull(limits);
        error = SourceLimits.CheckScript(code, limits);
        if (error is not null)
        {
            prepared = default;
            return false;
        }

        try
        {
            prepared = JsEngine.PrepareScript(CaseKeywordRewriter.Rewrite(code), strict: true);
            error = ScriptShape.Check(prepared.Program!);
            return error is null;
        }
#pragma warning disable CA1031 // The parser signals syntax errors through several exception types; all mean "does not parse".
        catch (Exception ex)
#pragma warning restore CA1031
        {
            prepared = default;
            error = ex.Message;
            return false;
        }
    }
}
