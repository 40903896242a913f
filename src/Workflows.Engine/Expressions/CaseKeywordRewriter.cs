using System.Text;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Definitions write <c>case.nationality</c>, but <c>case</c> is a JavaScript keyword and no parser accepts it
/// as a name. Before parsing, <c>case</c> followed by <c>.</c>, <c>?.</c> or <c>[</c> (never valid after the
/// keyword) becomes <see cref="Identifier"/>. String literals, template literals and comments are left alone.
/// </summary>
public static class CaseKeywordRewriter
{
    public const string Identifier = "$case";

    public static string Rewrite(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!code.Contains("case", StringComparison.Ordinal))
        {
            return code;
        }

        var output = new StringBuilder(code.Length + 8);
        var i = 0;
        while (i < code.Length)
        {
            var c = code[i];
            if (c is '\'' or '"' or '`')
            {
                var end = SkipString(code, i);
                output.Append(code, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < code.Length && code[i + 1] is '/' or '*')
            {
                var end = code[i + 1] == '/' ? IndexOrEnd(code, "\n", i) : IndexOrEnd(code, "*/", i + 2) + 2;
                end = Math.Min(end, code.Length);
                output.Append(code, i, end - i);
                i = end;
            }
            else if (IsCaseAccess(code, i))
            {
                output.Append(Identifier);
                i += 4;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return output.ToString();
    }

    private static bool IsCaseAccess(string code, int i)
    {
        if (string.CompareOrdinal(code, i, "case", 0, 4) != 0)
        {
            return false;
        }

        var before = i == 0 ? ' ' : code[i - 1];
        if (char.IsLetterOrDigit(before) || before is '_' or '$' or '.')
        {
            return false;
        }

        var j = i + 4;
        if (j < code.Length && (char.IsLetterOrDigit(code[j]) || code[j] is '_' or '$'))
        {
            return false;
        }

        while (j < code.Length && char.IsWhiteSpace(code[j]))
        {
            j++;
        }

        return j < code.Length && (code[j] is '[' || (code[j] == '.' && !(j + 1 < code.Length && char.IsDigit(code[j + 1]))) || (code[j] == '?' && j + 1 < code.Length && code[j + 1] == '.'));
    }

    private static int SkipString(string code, int start)
    {
        var quote = code[start];
        var i = start + 1;
        while (i < code.Length && code[i] != quote)
        {
            i += code[i] == '\\' ? 2 : 1;
        }

        return Math.Min(i + 1, code.Length);
    }

    private static int IndexOrEnd(string code, string value, int from)
    {
        var index = code.IndexOf(value, from, StringComparison.Ordinal);
        return index < 0 ? code.Length : index;
    }
}
