namespace Astra.Workflows.Engine.Calendar;

/// <summary>A Serbian public non-working day.</summary>
/// <param name="Date">The day that is not worked.</param>
/// <param name="Name">English name of the holiday.</param>
/// <param name="IsReligious">Religious holidays are never moved off a Sunday.</param>
/// <param name="MovedFrom">
/// For a day freed because a non-religious holiday fell on a Sunday: that Sunday. The record then keeps
/// the original holiday's name so lists read "Labour Day" twice rather than inventing a new holiday.
/// </param>
public sealed record Holiday(DateOnly Date, string Name, bool IsReligious, DateOnly? MovedFrom = null)
{
    public bool IsMoved => MovedFrom is not null;
}
