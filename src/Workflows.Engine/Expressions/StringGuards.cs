using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;
using JsEngine = Jint.Engine;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Jint checks its memory limit between statements, so one native call could still build a huge string
/// (<c>'x'.repeat(2e8)</c> grew the host by 1.4 GB). The built-ins that multiply their input are replaced by
/// versions that refuse, before allocating, a result longer than <see cref="ExpressionOptions.MaxStringLength"/>.
/// </summary>
internal sealed class StringGuards
{
    private readonly JsEngine engine;
    private readonly int max;
    private readonly int maxArray;
    private readonly HashSet<ObjectInstance> joining = [];

    private StringGuards(JsEngine engine, ExpressionOptions limits)
    {
        this.engine = engine;
        max = limits.MaxStringLength;
        maxArray = limits.MaxArrayLength;
    }

    public static void Install(JsEngine engine, ExpressionOptions limits)
    {
        var guards = new StringGuards(engine, limits);
        var strings = Prototype(engine, "String");
        guards.Wrap(strings, "repeat", 1, (original, self, args) =>
        {
            var text = TypeConverter.ToString(self);
            var count = TypeConverter.ToNumber(args.At(0));
            guards.Ensure(text.Length * Math.Max(0, count));
            return original.Call(self, args);
        });
        foreach (var pad in new[] { "padStart", "padEnd" })
        {
            guards.Wrap(strings, pad, 2, (original, self, args) =>
            {
                guards.Ensure(TypeConverter.ToNumber(args.At(0)));
                return original.Call(self, args);
            });
        }

        guards.Wrap(strings, "concat", 1, (original, self, args) =>
        {
            double length = TypeConverter.ToString(self).Length;
            foreach (var arg in args)
            {
                length += TypeConverter.ToString(arg).Length;
            }

            guards.Ensure(length);
            return original.Call(self, args);
        });
        guards.Wrap(strings, "replace", 2, guards.Replace);
        guards.Wrap(strings, "replaceAll", 2, guards.Replace);
        guards.Wrap((ObjectInstance)engine.Global.Get("String"), "raw", 1, guards.Raw);
        guards.Wrap(Prototype(engine, "Array"), "join", 1, guards.Join);
        var localeString = engine.Evaluate("(element) => element.toLocaleString()");
        guards.Wrap(Prototype(engine, "Array"), "toLocaleString", 0, (original, self, _) =>
            guards.Join(original, self, [","], element => TypeConverter.ToString(localeString.Call(JsValue.Undefined, [element]))));
        guards.Wrap((ObjectInstance)engine.Global.Get("JSON"), "stringify", 3, guards.Stringify);
    }

    private static ObjectInstance Prototype(JsEngine engine, string constructor) =>
        (ObjectInstance)engine.Global.Get(constructor).Get("prototype");

    private void Wrap(ObjectInstance target, string name, int length, Func<JsValue, JsValue, JsValue[], JsValue> guarded)
    {
        var original = target.Get(name);
        target.Set(name, new ClrFunction(engine, name, (self, args) => guarded(original, self, args), length));
    }

    private void Ensure(double length)
    {
        if (length > max)
        {
            throw new SandboxLimitException($"A string of {length:0} characters would exceed the limit of {max}.");
        }
    }

    /// <summary>The spec's join, counting as it goes; a cyclic array joins as "" (as browsers and Jint do).</summary>
    private JsValue Join(JsValue original, JsValue self, JsValue[] args) =>
        Join(original, self, args, TypeConverter.ToString);

    private JsValue Join(JsValue original, JsValue self, JsValue[] args, Func<JsValue, string> text)
    {
        if (self is not ObjectInstance array)
        {
            return original.Call(self, args); // a primitive's length is that of a string already in memory
        }

        if (!joining.Add(array))
        {
            return JsString.Empty;
        }

        try
        {
            var length = TypeConverter.ToNumber(array.Get("length"));
            if (length > maxArray)
            {
                throw new SandboxLimitException($"An array of {length:0} elements exceeds the limit of {maxArray}.");
            }

            var separator = args.At(0).IsUndefined() ? "," : TypeConverter.ToString(args.At(0));
            var joined = new StringBuilder();
            for (var i = 0; i < (int)length; i++)
            {
                if (i > 0)
                {
                    joined.Append(separator);
                }

                var element = array.Get(i);
                if (!element.IsNull() && !element.IsUndefined())
                {
                    joined.Append(text(element));
                }

                Ensure(joined.Length);
            }

            return new JsString(joined.ToString());
        }
        finally
        {
            joining.Remove(array);
        }
    }

    /// <summary>String.raw interleaves its strings with the substitutions; both are measured first.</summary>
    private JsValue Raw(JsValue original, JsValue self, JsValue[] args)
    {
        var raw = args.At(0).IsObject() ? args.At(0).AsObject().Get("raw") : JsValue.Undefined;
        if (raw.IsObject())
        {
            var length = TypeConverter.ToNumber(raw.AsObject().Get("length"));
            if (length > maxArray)
            {
                throw new SandboxLimitException($"An array of {length:0} elements exceeds the limit of {maxArray}.");
            }

            double total = 0;
            for (var i = 0; i < (int)length; i++)
            {
                total += TypeConverter.ToString(raw.AsObject().Get(i)).Length;
                if (i + 1 < args.Length && i + 1 < length)
                {
                    total += TypeConverter.ToString(args[i + 1]).Length;
                }

                Ensure(total);
            }
        }

        return original.Call(self, args);
    }

    /// <summary>A replacement function's results are counted as they come; a replacement string is bounded by its worst case.</summary>
    private JsValue Replace(JsValue original, JsValue self, JsValue[] args)
    {
        var text = TypeConverter.ToString(self);
        var replacement = args.At(1);
        if (replacement.IsCallable())
        {
            var counted = (JsValue[])args.Clone();
            counted[1] = Counting(replacement, text.Length);
            return original.Call(self, counted);
        }

        var value = TypeConverter.ToString(replacement);
        // Each of at most length+1 matches inserts the replacement; "$&", "$`" and "$'" can each insert the whole input.
        var perMatch = value.Contains('$', StringComparison.Ordinal) ? (double)value.Length * Math.Max(1, text.Length) : value.Length;
        if (text.Length + ((text.Length + 1) * perMatch) > max)
        {
            Ensure(text.Length + (Occurrences(text, args.At(0)) * perMatch));
        }

        return original.Call(self, args);
    }

    private static double Occurrences(string text, JsValue pattern)
    {
        if (pattern is ObjectInstance)
        {
            // A regular expression: its matches are not known without running it, so assume the worst.
            return text.Length + 1;
        }

        var needle = TypeConverter.ToString(pattern);
        if (needle.Length == 0)
        {
            return text.Length + 1;
        }

        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Shared references make JSON.stringify multiply its input, so the output is sized before it is built.</summary>
    private JsValue Stringify(JsValue original, JsValue self, JsValue[] args)
    {
        var counted = args;
        if (args.At(1).IsCallable())
        {
            counted = (JsValue[])args.Clone();
            counted[1] = Counting(args.At(1), 0);
        }

        var budget = new JsonBudget(this);
        budget.Measure(args.At(0), 0);
        return original.Call(self, counted);
    }

    /// <summary>Wraps a user callback so the text it returns, added up over all calls, stays under the limit.</summary>
    private ClrFunction Counting(JsValue callback, double start)
    {
        var total = start;
        return new ClrFunction(engine, "counted", (self, args) =>
        {
            var result = callback.Call(self, args);
            total += result.IsString() ? result.AsString().Length : 8;
            Ensure(total);
            return result;
        });
    }

    private sealed class JsonBudget(StringGuards guards)
    {
        private const int MaxDepth = 256;
        private double size;

        public void Measure(JsValue value, int depth)
        {
            if (depth > MaxDepth)
            {
                return; // deeper than any real document; JSON.stringify reports cycles itself
            }

            size += value switch
            {
                JsString text => text.Length + 2,
                ObjectInstance => 2,
                _ => 8,
            };
            guards.Ensure(size);
            if (value is not ObjectInstance obj || obj.IsCallable())
            {
                return;
            }

            if (obj.Get("toJSON").IsCallable())
            {
                // Dates and user objects: what they serialise to is a small value or is counted when it is built.
                size += 32;
                return;
            }

            foreach (var key in obj.GetOwnPropertyKeys(Types.String))
            {
                var property = obj.GetOwnProperty(key);
                if (property.Enumerable)
                {
                    size += key.ToString().Length + 4;
                    Measure(obj.Get(key), depth + 1);
                }
            }
        }
    }
}
