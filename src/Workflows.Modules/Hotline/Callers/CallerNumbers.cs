using Astra.Workflows.Modules.Platform.Crypto;
using PhoneNumbers;

namespace Astra.Workflows.Modules.Hotline.Callers;

/// <summary>
/// The only place a caller's number is handled: parsed (Serbian local forms by default), formatted as E.164 and
/// turned into the keyed blind index. The E.164 string lives for the length of this call; it is never returned,
/// logged or stored.
/// </summary>
public static class CallerNumbers
{
    public const string DefaultRegion = "RS";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The index of <paramref name="raw"/>, or false when it is not a possible phone number.</summary>
    public static bool TryIndex(string? raw, MasterKey key, out string? index)
    {
        ArgumentNullException.ThrowIfNull(key);
        index = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(raw, DefaultRegion);
        }
        catch (NumberParseException)
        {
            return false;
        }

        if (!Util.IsPossibleNumber(parsed))
        {
            return false;
        }

        index = BlindIndex.CallerNumber(Util.Format(parsed, PhoneNumberFormat.E164), key);
        return index is not null;
    }
}
