using System.Globalization;

namespace Astra.Workflows.Engine.Tests.Calendar;

// ISO strings keep expected dates readable and usable in InlineData.
internal static class Day
{
    public static DateOnly Of(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
