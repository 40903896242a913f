using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Astra.Workflows.Modules.Hotline.Contacts;

/// <summary>The keyset of the last contact on a page (occurred, id), opaque to clients.</summary>
internal sealed record ContactCursor(DateTimeOffset OccurredAt, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{OccurredAt.UtcTicks}|{Id:N}")));

    public static bool TryDecode(string? text, out ContactCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new ContactCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
