using System.ComponentModel.DataAnnotations;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.FigureChecks;

/// <summary>Marks one flag as intended, by the <see cref="FigureFlag.Key"/> the checks gave it.</summary>
public sealed class AcknowledgeFlagRequest
{
    [Required]
    [MaxLength(AcknowledgedFlag.KeyMaxLength)]
    public string? Key { get; set; }
}
