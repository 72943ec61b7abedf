namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>How the compare page draws its charts: lines show the trend, columns compare the years side by side.</summary>
public enum CompareChartKind
{
    Lines,
    Columns,
}
