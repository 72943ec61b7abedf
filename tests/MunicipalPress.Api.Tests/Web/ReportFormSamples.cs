using System.Globalization;
using MunicipalPress.Application.Indicators;
using MunicipalPress.Application.Reports;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>A stored report, last year's and the catalogue, as the report form's tests load them.</summary>
internal static class ReportFormSamples
{
    public static readonly CultureInfo Russian = new("ru");

    public static readonly IndicatorDto PressReleases = new(
        1, "press_releases", "Пресс-релизы", "Прес-релізи", "Press releases", "шт.", IndicatorKind.Count,
        IndicatorCategory.Media, null, null, false, true, 10);

    public static readonly IndicatorDto RoadsShare = new(
        2, "roads_messages_share", "Доля о дорогах", "Частка про дороги", "Roads share", "%", IndicatorKind.Percent,
        IndicatorCategory.CitizenFeedback, null, null, false, true, 20);

    public static readonly IndicatorDto Retired = new(
        3, "old_figure", "Старый показатель", "Старий показник", "Old figure", "шт.", IndicatorKind.Count,
        IndicatorCategory.Media, null, null, false, false, 30);

    public static readonly IndicatorDto Unused = Retired with { Id = 4, Code = "unused_retired" };

    public static readonly IReadOnlyList<IndicatorDto> Catalogue = [PressReleases, RoadsShare, Retired, Unused];

    public static ReportDto Report() => new(
        5, 10, "Томск", 1, "Томская область", 2025, ReportStatus.Draft, false,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, null, 77,
        [new AchievementDto(11, "Взаимодействие со СМИ", "Первое достижение.", 0)],
        [new PlannedTaskDto(31, "Задача на следующий год.", null, 0, null, null)],
        [
            new IndicatorValueDto(PressReleases.Id, "press_releases", 1200, "за год"),
            new IndicatorValueDto(RoadsShare.Id, "roads_messages_share", 35, null),
            new IndicatorValueDto(Retired.Id, "old_figure", 7, null),
        ],
        [],
        []);

    public static ReportDto Previous() => Report() with
    {
        Id = 4,
        Year = 2024,
        Achievements = [],
        PlannedTasks =
        [
            new PlannedTaskDto(21, "Запустить сайт.", null, 0, TaskOutcome.Done, null),
            new PlannedTaskDto(22, "Открыть телеграм-канал.", null, 1, null, null),
        ],
        IndicatorValues = [new IndicatorValueDto(PressReleases.Id, "press_releases", 1000, null)],
    };
}
