namespace MunicipalPress.Web.Endpoints;

/// <summary>Endpoint metadata: an Identity API route we do not offer (see <see cref="AuthEndpoints"/>).</summary>
public sealed class BlockedIdentityRoute
{
    public static readonly BlockedIdentityRoute Instance = new();

    private BlockedIdentityRoute()
    {
    }
}
