namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>How audit values read in the user's language: yes/no, an empty value, and a list of <c>{0}</c> items.</summary>
public sealed record AuditWords(string Yes, string No, string Empty, string ItemsFormat);
