using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Municipalities;

/// <summary>
/// An indicator's latest value and its change against the year before it. The change needs both years:
/// a gap before the latest value gives no change (never a change against zero).
/// </summary>
public sealed record IndicatorTrend(int? LastYear, decimal? LastValue, decimal? PreviousValue, decimal? ChangePercent)
{
    public static IndicatorTrend Of(IReadOnlyList<IndicatorPointDto> points)
    {
        var lastIndex = -1;
        for (var i = points.Count - 1; i >= 0; i--)
        {
            if (points[i].Value is not null)
            {
                lastIndex = i;
                break;
            }
        }

        if (lastIndex < 0)
        {
            return new IndicatorTrend(null, null, null, null);
        }

        var last = points[lastIndex];
        var previous = lastIndex > 0 && points[lastIndex - 1].Year == last.Year - 1 ? points[lastIndex - 1].Value : null;
        decimal? change = previous is { } before && before != 0 ? Math.Round((last.Value!.Value - before) / before * 100m, 1) : null;
        return new IndicatorTrend(last.Year, last.Value, previous, change);
    }
}
