using System.Globalization;

namespace Astra.Workflows.Modules.Calendar.Api;

internal static class IsoDates
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
