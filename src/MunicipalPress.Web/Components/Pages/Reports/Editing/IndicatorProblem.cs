namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>Why a typed value is not acceptable; <see cref="Bound"/> is the limit it broke, when there is one.</summary>
public sealed record IndicatorProblem(IndicatorProblemKind Kind, decimal? Bound = null);
