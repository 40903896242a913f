using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Astra.Workflows.Modules.Platform.Identity;

namespace Astra.Workflows.Modules.Platform.Idempotency;

/// <summary>Reading, checking and scoping the keys clients send with retried writes.</summary>
internal static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public const int MaxLength = 150;

    /// <summary>The header's key (null when absent or empty), or the problem naming it.</summary>
    public static (string? Key, Dictionary<string, string[]>? Errors) FromHeader(HttpContext http)
    {
        var values = http.Request.Headers[Header];
        if (values.Count > 1)
        {
            return (null, new() { [Header] = ["Send one Idempotency-Key."] });
        }

        var key = values.ToString();
        return Check(Header, key) is { } errors ? (null, errors) : (key.Length == 0 ? null : key, null);
    }

    /// <summary>Null when <paramref name="key"/> is acceptable under the name <paramref name="field"/>.</summary>
    public static Dictionary<string, string[]>? Check(string field, string? key) => key switch
    {
        { Length: > MaxLength } => new() { [field] = [$"At most {MaxLength} characters."] },
        not null when key.Any(char.IsControl) => new() { [field] = ["Control characters are not allowed."] },
        _ => null,
    };

    /// <summary>
    /// The stored key: per scope and per user, hashed, so one user's key never reads another's answer and the
    /// client's own text (which may carry anything) is not kept.
    /// </summary>
    public static string Scoped(string scope, ClaimsPrincipal user, string key)
    {
        var userId = CurrentUser.From(user).KnownId?.ToString() ?? string.Empty;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{userId}\n{key}"));
        return $"req:{scope}:{Convert.ToHexStringLower(hash)}";
    }

    /// <summary>
    /// What a repeat must match: the same key with another body is a client error, not a replay. Salted with the
    /// user and the raw key (never stored), so the kept hash cannot confirm a guess at a body's personal data.
    /// </summary>
    public static string Fingerprint<TRequest>(ClaimsPrincipal user, string key, TRequest request)
    {
        var userId = CurrentUser.From(user).KnownId?.ToString() ?? string.Empty;
        var salt = Encoding.UTF8.GetBytes($"{userId}\n{key}\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. salt, .. JsonSerializer.SerializeToUtf8Bytes(request, JsonSerializerOptions.Web)]));
    }
}
