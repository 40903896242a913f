namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Cheap scans run before a script or template reaches its parser. Fluid's parser (Parlot) recurses once per
/// nested block or index and has no depth guard, so 20,000 nested <c>{% if %}</c> overflow the stack and kill the
/// process; no catch can help after that. Acornima guards its own depth, but the same cap keeps both honest.
/// The scans over-count rather than under-count (brackets inside regex literals or raw blocks count too).
/// </summary>
public static class SourceLimits
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "if", "unless", "for", "case", "capture", "tablerow", "comment", "raw", "macro",
    };

    /// <summary>The reason the script may not be parsed, or null.</summary>
    public static string? CheckScript(string code, ExpressionOptions limits)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(limits);
        if (code.Length > limits.ScriptMaxLength)
        {
            return $"script is {code.Length} characters long; at most {limits.ScriptMaxLength} are allowed.";
        }

        var depth = ScriptNesting(code);
        return depth > limits.ScriptMaxNesting
            ? $"script nests brackets {depth} deep; at most {limits.ScriptMaxNesting} levels are allowed."
            : null;
    }

    /// <summary>The reason the template may not be parsed, or null.</summary>
    public static string? CheckTemplate(string text, ExpressionOptions limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        if (text.Length > limits.TemplateMaxLength)
        {
            return $"template is {text.Length} characters long; at most {limits.TemplateMaxLength} are allowed.";
        }

        var depth = TemplateNesting(text);
        return depth > limits.TemplateMaxNesting
            ? $"template nests tags or brackets {depth} deep; at most {limits.TemplateMaxNesting} levels are allowed."
            : null;
    }

    private static int ScriptNesting(string code)
    {
        int depth = 0, max = 0, i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c is '\'' or '"')
            {
                i = SkipQuoted(code, i);
                continue;
            }

            if (c == '/' && i + 1 < code.Length && code[i + 1] is '/' or '*')
            {
                i = SkipComment(code, i);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                max = Math.Max(max, ++depth);
            }
            else if (c is ')' or ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }

            i++;
        }

        return max;
    }

    private static int TemplateNesting(string text)
    {
        int blocks = 0, max = 0, i = 0;
        while (i < text.Length - 1)
        {
            if (text[i] != '{' || text[i + 1] is not ('%' or '{'))
            {
                i++;
                continue;
            }

            var isTag = text[i + 1] == '%';
            var close = text.IndexOf(isTag ? "%}" : "}}", i + 2, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close;
            var inner = text.AsSpan(i + 2, end - i - 2);
            max = Math.Max(max, blocks + BracketNesting(inner));
            if (isTag)
            {
                var name = TagName(inner);
                if (BlockTags.Contains(name))
                {
                    max = Math.Max(max, ++blocks);
                }
                else if (name.StartsWith("end", StringComparison.Ordinal))
                {
                    blocks = Math.Max(0, blocks - 1);
                }
            }

            i = close < 0 ? text.Length : close + 2;
        }

        return max;
    }

    private static int BracketNesting(ReadOnlySpan<char> inner)
    {
        int depth = 0, max = 0;
        foreach (var c in inner)
        {
            if (c is '(' or '[')
            {
                max = Math.Max(max, ++depth);
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return max;
    }

    private static string TagName(ReadOnlySpan<char> inner)
    {
        var trimmed = inner.TrimStart('-').TrimStart();
        var length = 0;
        while (length < trimmed.Length && char.IsAsciiLetter(trimmed[length]))
        {
            length++;
        }

        return trimmed[..length].ToString();
    }

    private static int SkipQuoted(string code, int start)
    {
        var quote = code[start];
        var i = start + 1;
        while (i < code.Length && code[i] != quote && code[i] != '\n')
        {
            i += code[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, code.Length);
    }

    private static int SkipComment(string code, int start)
    {
        var lineComment = code[start + 1] == '/';
        var end = code.IndexOf(lineComment ? "\n" : "*/", start + 2, StringComparison.Ordinal);
        return end < 0 ? code.Length : end + (lineComment ? 1 : 2);
    }
}
