using System.Globalization;
using System.Security.Claims;

namespace MunicipalPress.Application.Security;

/// <summary>
/// The signed-in user a use case runs for. Pages and endpoints build it from their ClaimsPrincipal and pass
/// it to every service call, so the permission rules see the same facts on both surfaces.
/// </summary>
public sealed record Actor(string UserId, string Name, string Role, int? MunicipalityId)
{
    public bool IsAdministrator => Role == Roles.Administrator;

    public bool IsAnalyst => Role == Roles.Analyst;

    public bool IsPressOfficer => Role == Roles.PressOfficer;

    /// <summary>Administrators and analysts see every report in every state.</summary>
    public bool SeesAllReports => IsAdministrator || IsAnalyst;

    public static Actor? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var userId = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (userId is null)
        {
            return null;
        }

        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        if (role is null)
        {
            return null;
        }

        var name = principal.FindFirst(AppClaimTypes.DisplayName)?.Value
            ?? principal.FindFirst(ClaimTypes.Name)?.Value
            ?? userId;
        int? municipalityId = int.TryParse(
            principal.FindFirst(AppClaimTypes.MunicipalityId)?.Value,
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var id)
            ? id
            : null;

        return new Actor(userId, name, role, role == Roles.PressOfficer ? municipalityId : null);
    }
}
