namespace MunicipalPress.Application.Reports;

/// <summary>The actions a report's history shows.</summary>
public static class ReportActions
{
    public const string Create = nameof(Create);
    public const string Save = nameof(Save);
    public const string Submit = nameof(Submit);
    public const string Return = nameof(Return);
    public const string Approve = nameof(Approve);
    public const string Reopen = nameof(Reopen);
    public const string Comment = nameof(Comment);
}
