using System.ComponentModel.DataAnnotations;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Application.Municipalities;

/// <summary>Body of POST/PUT /api/v1/municipalities and the municipality form.</summary>
public sealed class MunicipalityRequest
{
    [Required(ErrorMessage = "Enter the municipality's name.")]
    [StringLength(Municipality.NameMaxLength)]
    public string Name { get; set; } = string.Empty;

    [Range(1, int.MaxValue, ErrorMessage = "Choose a region.")]
    public int RegionId { get; set; }

    [EnumDataType(typeof(MunicipalityKind))]
    public MunicipalityKind Kind { get; set; } = MunicipalityKind.City;

    [Range(0, 50_000_000, ErrorMessage = "Population must be between 0 and 50,000,000.")]
    public int? Population { get; set; }
}
