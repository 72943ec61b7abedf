namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>
/// One field of an audit entry. A change has both values (old → new); a field recorded on one side only
/// (a new entity's values, a deleted one's, or the key beside a change) has just <see cref="Value"/>.
/// </summary>
public sealed record AuditChange(string Field, string? Old, string Value)
{
    public bool IsChange => Old is not null;
}
