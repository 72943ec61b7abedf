namespace MunicipalPress.Application.Imports;

/// <summary>The report's lines sorted into its parts; blank lines are kept because they separate paragraphs.</summary>
internal sealed class ReportStructure
{
    public string? Header { get; set; }

    public int? Year { get; set; }

    public int? PlanYear { get; set; }

    public bool HasAchievementsQuestion { get; set; }

    public bool HasTasksHeading { get; set; }

    public List<TextLine> AchievementLines { get; } = [];

    public List<TextLine> TaskLines { get; } = [];

    public List<ParseWarning> Warnings { get; } = [];
}
