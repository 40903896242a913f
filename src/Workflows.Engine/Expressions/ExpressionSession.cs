using System.Text.Json;
using Fluid;
using Fluid.Values;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Json;
using JsJsonSerializer = Jint.Native.Json.JsonSerializer;

namespace Astra.Workflows.Engine.Expressions;

/// <summary>
/// Evaluates scripts and templates for one burst. Every script gets a fresh Jint engine (its own realm, see
/// <see cref="ScriptSandbox"/>); parses come from the shared caches.
/// </summary>
public sealed class ExpressionSession : IDisposable
{
    private readonly ExpressionService service;
    private readonly TimeProvider time;

    internal ExpressionSession(ExpressionService service, TimeProvider time)
    {
        this.service = service;
        this.time = time;
    }

    public JsonElement EvaluateScript(ScriptKey key, string code, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var prepared = service.Scripts.GetOrPrepare(key, code);
        using var js = ScriptSandbox.Create(service.Options, time, service.Calendar);
        try
        {
            js.SetValue(CaseKeywordRewriter.Identifier, ToJs(js, scope.Case));
            js.SetValue("vars", ToJs(js, JsonValues.ObjectOf(scope.Vars)));
            js.SetValue("input", ToJs(js, scope.Input));
            js.SetValue("task", ToJs(js, scope.Task));
            var result = js.Evaluate(prepared);
            return FromJs(js, result);
        }
        catch (ExpressionException)
        {
            throw;
        }
#pragma warning disable CA1031 // Every failure inside a user script (limits, JS errors, interop) is the same thing to the runner: a fault.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new ExpressionException($"Script in {key.ActivityId}.{key.Input} failed: {ex.Message}", ex);
        }
    }

    public string RenderTemplate(string text, ExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var template = service.Templates.GetOrParse(text);
        var options = service.TemplateOptions;
        var context = new TemplateContext(options);
        context.SetValue("case", ToFluid(scope.Case, options));
        context.SetValue("vars", ToFluid(JsonValues.ObjectOf(scope.Vars), options));
        context.SetValue("input", ToFluid(scope.Input, options));
        context.SetValue("task", ToFluid(scope.Task, options));
        context.AmbientValues[TemplateLimits.MaxStringKey] = service.Options.MaxStringLength;
        try
        {
            using var output = new LimitedWriter(service.Options.TemplateMaxOutputLength);
            template.RenderAsync(output, NullEncoder.Default, context).AsTask().GetAwaiter().GetResult();
            return output.ToString();
        }
#pragma warning disable CA1031 // Template failures (step limits, filters) fault the activity like script failures.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new ExpressionException($"Template failed: {ex.Message}", ex);
        }
    }

    public void Dispose()
    {
        // Engines are per evaluation (see ScriptSandbox); nothing is held between scripts.
    }

    private static JsValue ToJs(JsEngine js, JsonElement value) =>
        value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? JsValue.Null
            : new JsonParser(js).Parse(value.GetRawText());

    private static JsonElement FromJs(JsEngine js, JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return JsonValues.Null;
        }

        var json = new JsJsonSerializer(js).Serialize(value);
        return json.IsString() ? JsonValues.Parse(json.AsString()) : JsonValues.Null;
    }

    private static FluidValue ToFluid(JsonElement value, TemplateOptions options) =>
        FluidValue.Create(JsonValues.ToPlain(value), options);
}
