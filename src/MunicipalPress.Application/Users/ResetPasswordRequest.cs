using System.ComponentModel.DataAnnotations;

namespace MunicipalPress.Application.Users;

public sealed class ResetPasswordRequest
{
    [Required(ErrorMessage = "Set the new password.")]
    [StringLength(256, MinimumLength = 12, ErrorMessage = "The password must have at least 12 characters.")]
    public string Password { get; set; } = string.Empty;
}
