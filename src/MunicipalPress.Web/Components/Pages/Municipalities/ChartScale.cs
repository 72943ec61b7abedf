namespace MunicipalPress.Web.Components.Pages.Municipalities;

/// <summary>
/// A value axis from zero with round steps (1, 2 or 5 times a power of ten, about four of them) and a top
/// a little above the largest value, so every gridline carries a readable number and no point sits on the edge.
/// </summary>
public sealed record ChartScale(double Step, double Max)
{
    public static ChartScale For(double largest)
    {
        if (!(largest > 0))
        {
            return new ChartScale(1, 1);
        }

        var rough = largest / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (rough / magnitude) switch
        {
            <= 1 => magnitude,
            <= 2 => 2 * magnitude,
            <= 5 => 5 * magnitude,
            _ => 10 * magnitude,
        };
        return new ChartScale(step, Math.Ceiling(largest * 1.05 / step) * step);
    }
}
