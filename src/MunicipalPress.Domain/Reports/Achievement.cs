namespace MunicipalPress.Domain.Reports;

public class Achievement
{
    public const int DirectionMaxLength = 300;
    public const int TextMaxLength = 20_000;

    private Achievement()
    {
        Text = string.Empty;
    }

    internal Achievement(string? direction, string text, int order)
    {
        Direction = direction;
        Text = text;
        Order = order;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    /// <summary>The line of work, such as «Взаимодействие со СМИ»; null when the text has no heading.</summary>
    public string? Direction { get; private set; }

    public string Text { get; private set; }

    public int Order { get; internal set; }

    internal void Change(string? direction, string text)
    {
        Direction = direction;
        Text = text;
    }
}
