using System.ComponentModel.DataAnnotations;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Application.Regions;

/// <summary>Body of POST/PUT /api/v1/regions and the region form.</summary>
public sealed class RegionRequest
{
    [Required(ErrorMessage = "Enter the region's name.")]
    [StringLength(Region.NameMaxLength)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Optional in a request body: RU when left out.</summary>
    [StringLength(2, MinimumLength = 2, ErrorMessage = "Enter the two-letter country code.")]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Two Latin letters (ISO 3166-1), e.g. RU or UA.")]
    public string CountryCode { get; set; } = "RU";
}
