namespace MunicipalPress.Domain.Reports;

/// <summary>A task the city set for the next year; its outcome is recorded in the next year's report.</summary>
public class PlannedTask
{
    public const int TextMaxLength = 5_000;
    public const int CommentMaxLength = 2_000;

    private PlannedTask()
    {
        Text = string.Empty;
    }

    internal PlannedTask(string text, string? direction, int order)
    {
        Text = text;
        Direction = direction;
        Order = order;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public string Text { get; private set; }

    public string? Direction { get; private set; }

    public int Order { get; internal set; }

    public TaskOutcome? Outcome { get; private set; }

    public string? OutcomeComment { get; private set; }

    internal void Change(string text, string? direction)
    {
        Text = text;
        Direction = direction;
    }

    internal void RecordOutcome(TaskOutcome outcome, string? comment)
    {
        Outcome = outcome;
        OutcomeComment = comment;
    }
}
