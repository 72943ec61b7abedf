using System.ComponentModel.DataAnnotations;
using MunicipalPress.Web.Resources;

namespace MunicipalPress.Web.Components.Pages.Account;

public sealed class LoginModel
{
    [Required(ErrorMessageResourceType = typeof(Strings), ErrorMessageResourceName = nameof(Strings.Validation_EmailRequired))]
    [EmailAddress(ErrorMessageResourceType = typeof(Strings), ErrorMessageResourceName = nameof(Strings.Validation_EmailInvalid))]
    [StringLength(256)]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessageResourceType = typeof(Strings), ErrorMessageResourceName = nameof(Strings.Validation_PasswordRequired))]
    [StringLength(256)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }
}
