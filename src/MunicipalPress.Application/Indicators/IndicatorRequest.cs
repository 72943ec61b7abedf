using System.ComponentModel.DataAnnotations;
using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Application.Indicators;

/// <summary>Body of POST/PUT /api/v1/indicators and the indicator form. The code is set once, at creation.</summary>
public sealed class IndicatorRequest
{
    [Required(ErrorMessage = "Enter a code such as press_releases.")]
    [RegularExpression("^[a-z][a-z0-9_]{0,63}$", ErrorMessage = "snake_case Latin, starting with a letter (e.g. press_releases).")]
    public string Code { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the Russian name.")]
    [StringLength(Indicator.NameMaxLength)]
    public string NameRu { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the Ukrainian name.")]
    [StringLength(Indicator.NameMaxLength)]
    public string NameUk { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the English name.")]
    [StringLength(Indicator.NameMaxLength)]
    public string NameEn { get; set; } = string.Empty;

    [StringLength(Indicator.UnitMaxLength)]
    public string? Unit { get; set; }

    [EnumDataType(typeof(IndicatorKind))]
    public IndicatorKind Kind { get; set; } = IndicatorKind.Count;

    [EnumDataType(typeof(IndicatorCategory))]
    public IndicatorCategory Category { get; set; } = IndicatorCategory.Media;

    public decimal? MinValue { get; set; }

    public decimal? MaxValue { get; set; }

    public bool IsRequired { get; set; }

    [Range(0, 100_000)]
    public int SortOrder { get; set; }
}
