using System.Security.Claims;
using MunicipalPress.Application.Security;

namespace MunicipalPress.Web.Endpoints;

internal static class EndpointActor
{
    /// <summary>
    /// The actor for an authorised request. A signed-in account without a role has no business with the API:
    /// it is treated like a press officer of no municipality (sees approved reports only).
    /// </summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        Actor.From(user) ?? new Actor(
            user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "unknown",
            user.Identity?.Name ?? "unknown",
            Roles.PressOfficer,
            null);
}
