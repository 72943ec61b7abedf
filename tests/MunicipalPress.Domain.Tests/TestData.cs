using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Domain.Tests;

/// <summary>Builders shared by the domain tests: a city, a campaign, indicators and reports in each status.</summary>
internal static class TestData
{
    public const int MunicipalityId = 10;
    public const int OtherMunicipalityId = 20;
    public const int Year = 2024;

    /// <summary>The 2024 campaign runs from 2025-01-01 to the deadline 2025-03-01 (see <see cref="OpenCampaign"/>).</summary>
    public static readonly DateOnly Deadline = new(Year + 1, 3, 1);

    public static readonly DateTimeOffset CreatedAt = new(Year + 1, 1, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SubmittedAt = new(Year + 1, 2, 20, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReviewedAt = new(Year + 1, 2, 25, 15, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset ReopenedAt = new(Year + 1, 4, 2, 8, 0, 0, TimeSpan.Zero);

    public static readonly Reviewer Analyst = new("analyst-1", "Anna Analyst");

    public static ReportingYear Campaign(int year = Year) =>
        new(year, new DateOnly(year + 1, 1, 1), new DateOnly(year + 1, 3, 1));

    public static ReportingYear OpenCampaign(int year = Year)
    {
        var campaign = Campaign(year);
        campaign.Open();
        return campaign;
    }

    public static ReportingYear ClosedCampaign(int year = Year)
    {
        var campaign = OpenCampaign(year);
        campaign.Close();
        return campaign;
    }

    public static Indicator NewIndicator(
        int id,
        string code = "press_releases",
        IndicatorKind kind = IndicatorKind.Count,
        bool isRequired = false,
        decimal? minValue = null,
        decimal? maxValue = null) =>
        WithId(
            new Indicator(
                code,
                "Пресс-релизы",
                "Прес-релізи",
                $"Indicator {code}",
                "шт.",
                kind,
                IndicatorCategory.Media,
                sortOrder: id,
                minValue,
                maxValue,
                isRequired),
            id);

    /// <summary>
    /// Gives an entity the id the database would assign. Id has a private setter, and the report logic
    /// matches indicator values by <c>Indicator.Id</c>, so tests that need distinct indicators set it by reflection.
    /// </summary>
    public static T WithId<T>(T entity, int id)
        where T : class
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }

    public static AnnualReport Draft(int year = Year, int municipalityId = MunicipalityId) =>
        new(municipalityId, year, CreatedAt);

    /// <summary>A draft that passes submission against an empty catalogue: it has one achievement.</summary>
    public static AnnualReport ReadyDraft(int year = Year, int municipalityId = MunicipalityId)
    {
        var report = Draft(year, municipalityId);
        report.AddAchievement("Взаимодействие со СМИ", "Опубликовано 120 пресс-релизов.");
        return report;
    }

    /// <summary>
    /// A report with two entries of every ordered list, one indicator value (indicator 1) and one peer
    /// highlight, brought through the real workflow into <paramref name="status"/>.
    /// </summary>
    public static AnnualReport ReportIn(ReportStatus status, int year = Year, int municipalityId = MunicipalityId)
    {
        var report = ReadyDraft(year, municipalityId);
        report.AddAchievement("Работа в социальных сетях", "Открыт канал в Telegram.");
        report.AddPlannedTask("Запустить новый сайт", "Сайт");
        report.AddPlannedTask("Провести медиафорум");
        report.SetIndicatorValue(NewIndicator(1), 120);
        report.AddPeerHighlight(OtherMunicipalityId, "Интересный проект соседей.");

        var submittedAt = SubmittedAt.AddYears(year - Year);
        var reviewedAt = ReviewedAt.AddYears(year - Year);
        switch (status)
        {
            case ReportStatus.Draft:
                break;
            case ReportStatus.Submitted:
                report.Submit(OpenCampaign(year), [], submittedAt);
                break;
            case ReportStatus.Returned:
                report.Submit(OpenCampaign(year), [], submittedAt);
                report.Return(Analyst, "Добавьте цифры по сайту.", reviewedAt);
                break;
            case ReportStatus.Approved:
                report.Submit(OpenCampaign(year), [], submittedAt);
                report.Approve(reviewedAt);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }

        return report;
    }
}
