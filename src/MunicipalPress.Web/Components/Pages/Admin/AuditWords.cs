namespace MunicipalPress.Web.Components.Pages.Admin;

/// <summary>How audit values read in the user's language: yes/no, an empty value, and a list's length in words.</summary>
public sealed record AuditWords(string Yes, string No, string Empty, Func<int, string> Items);
