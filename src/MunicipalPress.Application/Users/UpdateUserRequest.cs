using System.ComponentModel.DataAnnotations;

namespace MunicipalPress.Application.Users;

/// <summary>Body of PUT /api/v1/users/{id}: name, role and (for press officers) municipality.</summary>
public sealed class UpdateUserRequest : IValidatableObject
{
    [Required(ErrorMessage = "Enter the name shown in the portal.")]
    [StringLength(256)]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^(Administrator|Analyst|PressOfficer)$", ErrorMessage = "Role is Administrator, Analyst or PressOfficer.")]
    public string Role { get; set; } = Security.Roles.PressOfficer;

    public int? MunicipalityId { get; set; }

    /// <summary>Optional: true disables the account (sign-in refused, open sessions closed), false enables it.</summary>
    public bool? IsDisabled { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        UserRules.MunicipalityRule(Role, MunicipalityId);
}
