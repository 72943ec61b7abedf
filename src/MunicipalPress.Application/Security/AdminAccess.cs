using MunicipalPress.Application.Common;

namespace MunicipalPress.Application.Security;

/// <summary>Reference data and users are managed by administrators only; everyone signed in may read them.</summary>
public static class AdminAccess
{
    public static void EnsureAdministrator(Actor actor)
    {
        if (!actor.IsAdministrator)
        {
            throw new ForbiddenException("Only administrators manage reference data and users.");
        }
    }
}
