using MunicipalPress.Application.Imports;

namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>One figure of the parse as the user decides on it: accepted or not, its value and its indicator.</summary>
public sealed class ImportFigureRow(ImportPreviewIndicatorDto figure, bool accepted)
{
    public ImportPreviewIndicatorDto Figure { get; } = figure;

    public bool Accepted { get; set; } = accepted;

    public decimal Value { get; set; } = figure.Value;

    public int? IndicatorId { get; set; } = figure.IndicatorId;

    /// <summary>The server's objection to this figure after the last attempt, if any.</summary>
    public string? Error { get; set; }
}
