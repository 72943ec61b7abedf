using Microsoft.AspNetCore.Identity;

namespace MunicipalPress.Infrastructure.Identity;

public class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Set for press officers: the municipality they report for.</summary>
    public int? MunicipalityId { get; set; }

    public bool IsDisabled { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
