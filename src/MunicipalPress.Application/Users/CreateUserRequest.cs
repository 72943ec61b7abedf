using System.ComponentModel.DataAnnotations;

namespace MunicipalPress.Application.Users;

/// <summary>Body of POST /api/v1/users: an account made by an administrator (there is no self-registration).</summary>
public sealed class CreateUserRequest : IValidatableObject
{
    [Required(ErrorMessage = "Enter the e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [StringLength(256)]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter the name shown in the portal.")]
    [StringLength(256)]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    [RegularExpression("^(Administrator|Analyst|PressOfficer)$", ErrorMessage = "Role is Administrator, Analyst or PressOfficer.")]
    public string Role { get; set; } = Security.Roles.PressOfficer;

    /// <summary>Required for press officers: the municipality they report for.</summary>
    public int? MunicipalityId { get; set; }

    [Required(ErrorMessage = "Set an initial password.")]
    [StringLength(256, MinimumLength = 12, ErrorMessage = "The password must have at least 12 characters.")]
    public string Password { get; set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        UserRules.MunicipalityRule(Role, MunicipalityId);
}
