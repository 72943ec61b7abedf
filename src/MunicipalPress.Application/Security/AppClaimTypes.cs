namespace MunicipalPress.Application.Security;

public static class AppClaimTypes
{
    /// <summary>The municipality a press officer reports for.</summary>
    public const string MunicipalityId = "mp:municipality_id";

    public const string DisplayName = "mp:display_name";
}
