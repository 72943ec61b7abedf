namespace MunicipalPress.Web.Components.Account;

/// <summary>How often open sessions re-check the user's security stamp (configuration: MunicipalPress:RevalidationSeconds).</summary>
public sealed record RevalidationInterval(TimeSpan Value);
