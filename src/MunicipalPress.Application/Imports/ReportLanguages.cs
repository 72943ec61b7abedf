namespace MunicipalPress.Application.Imports;

public static class ReportLanguages
{
    public const string Russian = "ru";
    public const string Ukrainian = "uk";
}
