using MunicipalPress.Application.FigureChecks;
using MunicipalPress.Web;
using MunicipalPress.Web.Components.Pages.Reports;
using MunicipalPress.Web.Components.Pages.Reports.Editing;
using static MunicipalPress.Api.Tests.Web.ReportFormSamples;
using static MunicipalPress.Api.Tests.Web.ResourceTesting;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The form's figure checks over the model as typed, the one-click take, and the flags' words in each language.</summary>
public sealed class FormChecksTests
{
    private static readonly FigureCheckContext Context = new(
        5, 2025, new Dictionary<string, decimal> { ["press_releases"] = 1000 },
        new HashSet<string> { "press_releases", "roads_messages_share", "old_figure" }, null,
        new Dictionary<string, RegionRange>(), new HashSet<string>());

    [Fact]
    public void Open_TextContradictsTable_FlagsTheAchievement_TakeMakesItGo()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        model.AddAchievement().Text = "Размещено 1 250 пресс-релизов о работе администрации.";
        var checks = new FormChecks(Context, FigureCheckOptions.Default);

        var flag = Assert.Single(checks.Open(model));
        Assert.Equal(FigureFlagKind.Disagreement, flag.Kind);
        Assert.Equal((1250m, 1200m, 1), (flag.TextValue!.Value, flag.TableValue!.Value, flag.AchievementIndex!.Value));

        Assert.True(FormChecks.Take(flag, model));
        Assert.Equal("1\u00a0250", model.Indicators.Single(i => i.Indicator.Code == "press_releases").Input);
        Assert.Empty(checks.Open(model));
    }

    [Fact]
    public void Open_BlankIndicator_OffersToFillItFromTheText()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        model.Indicators.Single(i => i.Indicator.Code == "press_releases").Input = " ";
        model.Achievements[0].Text = "Вышло 900 пресс-релизов.";
        var checks = new FormChecks(Context, FigureCheckOptions.Default);

        var flag = Assert.Single(checks.Open(model), f => f.Kind == FigureFlagKind.MissingValue);
        Assert.Contains(FigureFlagActions.FillValue, flag.Actions);
        Assert.True(FormChecks.Take(flag, model));
        Assert.Equal("900", model.Indicators.Single(i => i.Indicator.Code == "press_releases").Input);
        Assert.DoesNotContain(checks.Open(model), f => f.Kind is FigureFlagKind.MissingValue or FigureFlagKind.Disagreement);
    }

    [Fact]
    public void Open_MarkedFlag_IsNoLongerOpen_UntilItsNumbersChange()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        model.Achievements[0].Text = "Размещено 1 250 пресс-релизов.";
        var checks = new FormChecks(Context, FigureCheckOptions.Default);

        checks.Mark(Assert.Single(checks.Open(model)).Key);
        Assert.Empty(checks.Open(model));

        model.Achievements[0].Text = "Размещено 1 260 пресс-релизов.";
        Assert.Single(checks.Open(model));
    }

    [Fact]
    public void Values_WrongInput_ChecksTheStoredValue_RetiredIndicator_CannotBeTaken()
    {
        var model = ReportFormModel.From(Report(), Previous(), Catalogue, Russian);
        model.Indicators.Single(i => i.Indicator.Code == "press_releases").Input = "12x";

        Assert.Equal(1200m, FormChecks.Values(model)["press_releases"]);
        var retired = new FigureFlag(
            "disagreement:old_figure:9:7", FigureFlagKind.Disagreement, "old_figure", 9, 7, null, null, null, null, 9,
            [FigureFlagActions.TakeTextValue, FigureFlagActions.MarkIntended], 0, 0, 1, null, "…", false);
        Assert.Null(FormChecks.TakeTarget(retired, model));
        Assert.False(FormChecks.Take(retired, model));
    }

    [Theory]
    [InlineData("ru", "Пресс-релизы: в тексте — 2\u00a0982, в таблице — 2\u00a0900.", "Расхождение")]
    [InlineData("uk", "Пресс-релизы: у тексті — 2\u00a0982, у таблиці — 2\u00a0900.", "Розбіжність")]
    [InlineData("en", "Пресс-релизы: the text says 2,982, the table says 2,900.", "Mismatch")]
    public void Describe_Disagreement_GivesBothFiguresInTheReadersLanguage(string culture, string expected, string label)
    {
        var flag = new FigureFlag(
            "disagreement:press_releases:2982:2900", FigureFlagKind.Disagreement, "press_releases", 2982, 2900, null, null, null, null,
            2982, [FigureFlagActions.TakeTextValue, FigureFlagActions.MarkIntended], 0, 0, 4, null, "The text says 2982…", false);

        WithCulture(culture, () =>
        {
            Assert.Equal(expected, FigureFlagText.Describe(flag, "Пресс-релизы", Localizer<ReportFormResource>()));
            Assert.Equal(label, FigureFlagText.Label(flag, Localizer<ReportFormResource>()));
        });
    }

    [Fact]
    public void Describe_StatedChangeAndUnusualValue_AreChecksWithTheirNumbers() =>
        WithCulture("ru", () =>
        {
            var claim = new FigureFlag(
                "change:press_releases:Ratio:2:1200:1000", FigureFlagKind.ChangeClaim, "press_releases", 1200, 1200, 1000,
                ChangeClaimKind.Ratio, 2, 1.2m, null, [FigureFlagActions.MarkIntended], 0, 0, 10, null, "…", false);
            var low = new FigureFlag(
                "range:press_releases:3", FigureFlagKind.OutsideRegionRange, "press_releases", null, 3, null, null, 0.18m, 0.2m, null,
                [FigureFlagActions.MarkIntended], null, null, null, null, "…", false);

            Assert.Equal(
                "Пресс-релизы: в тексте — изменение в 2 раза, а 1\u00a0000 в прошлом году и 1\u00a0200 в этом дают 1,2.",
                FigureFlagText.Describe(claim, "Пресс-релизы", Localizer<ReportFormResource>()));
            Assert.Equal(
                "Пресс-релизы: 0,18 на 10 000 жителей — меньше, чем обычно в регионе (от 0,2).",
                FigureFlagText.Describe(low, "Пресс-релизы", Localizer<ReportFormResource>()));
            Assert.Equal("Проверить", FigureFlagText.Label(low, Localizer<ReportFormResource>()));
        });
}
