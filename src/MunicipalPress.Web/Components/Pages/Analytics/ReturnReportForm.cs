namespace MunicipalPress.Web.Components.Pages.Analytics;

/// <summary>The return dialog's one field; the rule (a comment is required) is the domain's, checked on submit.</summary>
public sealed class ReturnReportForm
{
    public string? Comment { get; set; }
}
