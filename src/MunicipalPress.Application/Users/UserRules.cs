using System.ComponentModel.DataAnnotations;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Application.Users;

internal static class UserRules
{
    /// <summary>A press officer reports for exactly one municipality; other roles are bound to none.</summary>
    public static IEnumerable<ValidationResult> MunicipalityRule(string role, int? municipalityId)
    {
        if (role == Roles.PressOfficer && municipalityId is null)
        {
            yield return new ValidationResult("Choose the municipality this press officer reports for.", ["MunicipalityId"]);
        }

        if (role != Roles.PressOfficer && municipalityId is not null)
        {
            yield return new ValidationResult("Only press officers are bound to a municipality.", ["MunicipalityId"]);
        }
    }
}
