using System.Text;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>A string writer that refuses to grow past its limit, so a template cannot render hundreds of megabytes.</summary>
internal sealed class LimitedWriter(int limit) : TextWriter
{
    private readonly StringBuilder text = new();

    public override Encoding Encoding => Encoding.Unicode;

    public override void Write(char value)
    {
        Ensure(1);
        text.Append(value);
    }

    public override void Write(string? value)
    {
        Ensure(value?.Length ?? 0);
        text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Ensure(count);
        text.Append(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Ensure(buffer.Length);
        text.Append(buffer);
    }

    public override string ToString() => text.ToString();

    private void Ensure(int more)
    {
        if ((long)text.Length + more > limit)
        {
            throw new SandboxLimitException($"The rendered text would exceed the limit of {limit} characters.");
        }
    }
}
