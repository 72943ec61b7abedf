using MunicipalPress.Application.Reports;

namespace MunicipalPress.Web.Components.Pages.Municipalities;

/// <summary>The indicator shown for a municipality and its values over the years (null where a year has none).</summary>
public sealed record IndicatorHistoryState(int MunicipalityId, int IndicatorId, IReadOnlyList<IndicatorPointDto> Series)
{
    public bool HasValues => Series.Any(p => p.Value is not null);
}
