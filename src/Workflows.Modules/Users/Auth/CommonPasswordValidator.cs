using System.Collections.Frozen;
using System.Globalization;
using Astra.Workflows.Modules.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Modules.Users.Auth;

/// <summary>
/// Refuses passwords an attacker tries first (ASVS 6.2.4): any on the shipped list (<c>common-passwords.txt</c>,
/// made by <c>eng/common-passwords.py</c>), a listed word with digits or symbols around it (<c>password1234</c>),
/// one short unit repeated (<c>aaaaaaaaaaaa</c>, <c>abcabcabcabc</c>), a run along the keyboard, alphabet or digits,
/// and the user's own e-mail or name.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string ErrorCode = "PasswordTooCommon";
    private static readonly string[] Runs = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnmqwertyuiop", "qwertzuiopasdfghjklyxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "azertyuiopqsdfghjklmwxcvbn"];
    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(password is not null && IsCommon(password, user)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "This password is too common or too easy to guess; a few unrelated words make a good one.",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, AppUser? user = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        var normal = password.Trim().ToLower(CultureInfo.InvariantCulture);
        var core = normal.Trim("0123456789!@#$%^&*()-_=+.,;:?'\"/\\| ".ToCharArray());
        var words = List.Value;
        if (normal.Length == 0 || words.Contains(normal) || words.Contains(core) || core.Length < 4)
        {
            return true;
        }

        if (IsRepeated(normal) || Runs.Any(run => run.Contains(normal, StringComparison.Ordinal) || Reverse(run).Contains(normal, StringComparison.Ordinal)))
        {
            return true;
        }

        var local = user?.Email?.Split('@')[0].ToLower(CultureInfo.InvariantCulture);
        var name = user?.DisplayName?.Replace(" ", string.Empty, StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture);
        return (local is { Length: >= 4 } && core.Contains(local, StringComparison.Ordinal) && core.Length - local.Length < 4)
            || (name is { Length: >= 4 } && core.Contains(name, StringComparison.Ordinal) && core.Length - name.Length < 4);
    }

    /// <summary>One unit of at most a third of the length, repeated: <c>aaaa…</c>, <c>abab…</c>, <c>abcabc…</c>.</summary>
    private static bool IsRepeated(string text)
    {
        if (text.Distinct().Count() <= 3)
        {
            return true;
        }

        for (var unit = 1; unit <= text.Length / 3; unit++)
        {
            var repeated = true;
            for (var i = unit; i < text.Length && repeated; i++)
            {
                repeated = text[i] == text[i % unit];
            }

            if (repeated)
            {
                return true;
            }
        }

        return false;
    }

    private static string Reverse(string text)
    {
        var chars = text.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Astra.Workflows.Host.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded in the host.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line.Trim().ToLower(CultureInfo.InvariantCulture));
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
