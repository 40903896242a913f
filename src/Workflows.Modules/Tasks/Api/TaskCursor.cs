using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Astra.Workflows.Modules.Tasks.Api;

/// <summary>The keyset of the last task on a page (due, priority, id), opaque to clients.</summary>
internal sealed record TaskCursor(DateTimeOffset DueSort, short Priority, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{DueSort.UtcTicks}|{Priority}|{Id:N}")));

    public static bool TryDecode(string? text, out TaskCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
            if (parts.Length == 3
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && short.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var priority)
                && Guid.TryParseExact(parts[2], "N", out var id))
            {
                cursor = new TaskCursor(new DateTimeOffset(ticks, TimeSpan.Zero), priority, id);
                return true;
            }
        }
        catch (FormatException)
        {
        }

        return false;
    }
}
