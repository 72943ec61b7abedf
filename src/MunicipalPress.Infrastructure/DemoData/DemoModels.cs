using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.DemoData;

public sealed record DemoRegion(string Name, string CountryCode);

public sealed record DemoCity(string Name, string Slug, MunicipalityKind Kind, string RegionName, int Population);

public sealed record DemoIndicator(
    string Code,
    string NameRu,
    string NameUk,
    string NameEn,
    string Unit,
    IndicatorKind Kind,
    IndicatorCategory Category,
    int SortOrder,
    decimal? MinValue = null,
    decimal? MaxValue = null,
    bool IsRequired = false);

public sealed record DemoAchievement(string? Direction, string Text);

public sealed record DemoTaskOutcome(TaskOutcome Outcome, string? Comment);

public sealed record DemoPlannedTask(string Text, DemoTaskOutcome? Outcome = null);

/// <summary>A demo figure: the indicator code, its value and (optionally) a note in our own words.</summary>
public sealed record DemoValue(string IndicatorCode, decimal Value, string? Note = null);

public sealed record DemoPeerHighlight(string MentionedCitySlug, string Text);

public sealed record DemoComment(string AuthorEmail, string Text);

/// <summary>
/// One demo report. <see cref="Status"/> is the state the seeder leaves it in; it gets there through the
/// domain's own workflow methods (a returned report carries a review comment).
/// </summary>
public sealed record DemoReport(
    string CitySlug,
    int Year,
    ReportStatus Status,
    IReadOnlyList<DemoAchievement> Achievements,
    IReadOnlyList<DemoPlannedTask> PlannedTasks,
    IReadOnlyList<DemoValue> Values,
    IReadOnlyList<DemoPeerHighlight> PeerHighlights,
    IReadOnlyList<DemoComment> Comments,
    bool SubmittedLate = false);
