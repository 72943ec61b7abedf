using MunicipalPress.Application.FigureChecks;

namespace MunicipalPress.Application.Tests.FigureChecks;

/// <summary>
/// The checks on sentences written for these tests, in Russian and Ukrainian: each mismatch is flagged once,
/// and the matching variant of the same sentence raises nothing.
/// </summary>
public sealed class FigureCheckerTests
{
    private static readonly HashSet<string> Codes =
    [
        "press_releases", "photo_reports", "social_subscribers", "website_weekly_reach", "citizen_messages_total",
        "info_requests", "website_news", "active_citizens", "field_events",
    ];

    [Theory]
    [InlineData("За год пресс-служба выпустила 1 450 пресс-релизов для городских редакций.", "press_releases", 1450)]
    [InlineData("Протягом року відділ отримав 212 запитів на публічну інформацію.", "info_requests", 212)]
    public void Check_FigureEqualsTable_NoFlag(string text, string code, decimal value)
    {
        var flags = Check([text], Values((code, value)));

        Assert.Empty(flags);
    }

    [Theory]
    [InlineData("За год пресс-служба выпустила 1 450 пресс-релизов для городских редакций.", "press_releases", 1450, 1400)]
    [InlineData("Протягом року відділ отримав 212 запитів на публічну інформацію.", "info_requests", 212, 221)]
    public void Check_FigureDiffersFromTable_OneDisagreementWithBothNumbers(string text, string code, decimal inText, decimal inTable)
    {
        var flag = Assert.Single(Check([text], Values((code, inTable))));

        Assert.Equal(FigureFlagKind.Disagreement, flag.Kind);
        Assert.Equal(code, flag.IndicatorCode);
        Assert.Equal(inText, flag.TextValue);
        Assert.Equal(inTable, flag.TableValue);
        Assert.Equal(inText, flag.SuggestedValue);
        Assert.Equal([FigureFlagActions.TakeTextValue, FigureFlagActions.MarkIntended], flag.Actions);
        Assert.Equal(0, flag.AchievementIndex);
        Assert.Equal(inText, decimal.Parse(text.Substring(flag.Start!.Value, flag.Length!.Value).Replace(" ", string.Empty)));
    }

    [Fact]
    public void Check_FigureWithoutTableValue_OffersToFill()
    {
        var flag = Assert.Single(Check(["Фотографы сделали 95 фоторепортажей с городских праздников."], Values()));

        Assert.Equal(FigureFlagKind.MissingValue, flag.Kind);
        Assert.Equal("photo_reports", flag.IndicatorCode);
        Assert.Equal(95m, flag.SuggestedValue);
        Assert.Contains(FigureFlagActions.FillValue, flag.Actions);
    }

    [Theory]
    [InlineData("более", 510, false)]
    [InlineData("более", 480, true)]
    [InlineData("около", 505, false)]
    [InlineData("около", 700, true)]
    public void Check_BoundedFigure_AgreesWithinItsBound(string bound, decimal table, bool flagged)
    {
        var flags = Check([$"Опубликовано {bound} 500 фоторепортажей о жизни районов."], Values(("photo_reports", table)));

        Assert.Equal(flagged, flags.Count == 1);
    }

    [Theory]
    [InlineData("Число подписчиков страниц администрации выросло в два раза и достигло 6 400 человек.", 3200, false)]
    [InlineData("Число подписчиков страниц администрации выросло в два раза и достигло 4 100 человек.", 3200, true)]
    [InlineData("Кількість підписників сторінок адміністрації зросла у два рази і досягла 6 400 осіб.", 3200, false)]
    [InlineData("Кількість підписників сторінок адміністрації зросла у два рази і досягла 4 100 осіб.", 3200, true)]
    [InlineData("Подписчиков у страниц администрации стало вдвое больше: 4 100 человек.", 3200, true)]
    public void Check_StatedFactor_ComparedWithLastYear(string text, decimal lastYear, bool flagged)
    {
        var inText = decimal.Parse(System.Text.RegularExpressions.Regex.Match(text, @"\d[\d ]*\d").Value.Replace(" ", string.Empty));
        var flags = Check([text], Values(("social_subscribers", inText)), Values(("social_subscribers", lastYear)));

        if (!flagged)
        {
            Assert.Empty(flags);
            return;
        }

        var flag = Assert.Single(flags);
        Assert.Equal(FigureFlagKind.ChangeClaim, flag.Kind);
        Assert.Equal(ChangeClaimKind.Ratio, flag.ClaimKind);
        Assert.Equal(2m, flag.Stated);
        Assert.Equal(lastYear, flag.LastYearValue);
        Assert.Equal(inText, flag.TextValue);
        Assert.Equal(Math.Round(inText / lastYear, 2), flag.Expected);
    }

    [Theory]
    [InlineData("Жители прислали 2 400 обращений, что на 20 % больше, чем годом раньше.", 2000, false)]
    [InlineData("Жители прислали 2 400 обращений, что на 45 % больше, чем годом раньше.", 2000, true)]
    [InlineData("Мешканці надіслали 2 400 звернень, що на 20 % більше, ніж торік.", 2000, false)]
    [InlineData("Мешканці надіслали 2 400 звернень, що на 45 % більше, ніж торік.", 2000, true)]
    [InlineData("Жители прислали 1 600 обращений, на 20 % меньше, чем годом раньше.", 2000, false)]
    [InlineData("Жители прислали 1 600 обращений, на 20 % больше, чем годом раньше.", 2000, true)]
    public void Check_StatedPercentage_ComparedWithLastYear(string text, decimal lastYear, bool flagged)
    {
        var inText = decimal.Parse(System.Text.RegularExpressions.Regex.Match(text, @"\d[\d ]*\d").Value.Replace(" ", string.Empty));
        var flags = Check([text], Values(("citizen_messages_total", inText)), Values(("citizen_messages_total", lastYear)));

        Assert.Equal(flagged ? 1 : 0, flags.Count);
        if (flagged)
        {
            Assert.Equal(ChangeClaimKind.Percent, flags[0].ClaimKind);
            Assert.Equal(lastYear, flags[0].LastYearValue);
        }
    }

    [Theory]
    [InlineData("Недельный охват публикаций сайта вырос с 2 500 до 5 000 человек.", 2500, false)]
    [InlineData("Недельный охват публикаций сайта вырос с 2 500 до 5 000 человек.", 1800, true)]
    [InlineData("Тижневе охоплення публікацій сайту зросло з 2 500 до 5 000 осіб.", 1800, true)]
    public void Check_StatedStart_ComparedWithLastYear(string text, decimal lastYear, bool flagged)
    {
        var flags = Check([text], Values(("website_weekly_reach", 5000)), Values(("website_weekly_reach", lastYear)));

        Assert.Equal(flagged ? 1 : 0, flags.Count);
        if (flagged)
        {
            Assert.Equal(ChangeClaimKind.FromTo, flags[0].ClaimKind);
            Assert.Equal(2500m, flags[0].Stated);
            Assert.Equal(lastYear, flags[0].Expected);
        }
    }

    [Theory]
    [InlineData("Число участников площадки «Активный гражданин» выросло до 1 900.", 1500, false)]
    [InlineData("Число участников площадки «Активный гражданин» выросло до 1 900.", 2100, true)]
    [InlineData("Кількість учасників платформи «Активний громадянин» зросла до 1 900.", 2100, true)]
    public void Check_RiseTo_ComparedWithLastYear(string text, decimal lastYear, bool flagged)
    {
        var flags = Check([text], Values(("active_citizens", 1900)), Values(("active_citizens", lastYear)));

        Assert.Equal(flagged ? 1 : 0, flags.Count);
        if (flagged)
        {
            Assert.Equal(ChangeClaimKind.RoseTo, flags[0].ClaimKind);
        }
    }

    [Theory]
    [InlineData(100, 400, true)]
    [InlineData(100, 290, false)]
    [InlineData(400, 100, true)]
    public void Check_ValueJumpsAgainstLastYear_CheckWarning(decimal lastYear, decimal now, bool flagged)
    {
        var flags = Check([], Values(("field_events", now)), Values(("field_events", lastYear)));

        Assert.Equal(flagged ? 1 : 0, flags.Count);
        if (flagged)
        {
            Assert.Equal(FigureFlagKind.Jump, flags[0].Kind);
            Assert.True(flags[0].IsPlausibilityCheck);
        }
    }

    [Fact]
    public void Check_OutsideRegionRange_CheckWarning()
    {
        var input = Input([], Values(("field_events", 900)), Values()) with
        {
            Population = 100_000,
            RegionRanges = new Dictionary<string, RegionRange> { ["field_events"] = new(2m, 30m, 8) },
        };

        var flag = Assert.Single(FigureChecker.Check(input));

        Assert.Equal(FigureFlagKind.OutsideRegionRange, flag.Kind);
        Assert.Equal(90m, flag.Stated);
        Assert.Equal(30m, flag.Expected);
        Assert.Empty(FigureChecker.Check(input with { Values = Values(("field_events", 250)) }));
        Assert.Empty(FigureChecker.Check(input with { RegionRanges = new Dictionary<string, RegionRange> { ["field_events"] = new(2m, 30m, 3) } }));
    }

    [Fact]
    public void Check_AcknowledgedKey_ComesBackMarked()
    {
        var text = "За год пресс-служба выпустила 1 450 пресс-релизов для городских редакций.";
        var key = Assert.Single(Check([text], Values(("press_releases", 1400)))).Key;

        var flag = Assert.Single(FigureChecker.Check(Input([text], Values(("press_releases", 1400)), Values()) with { Acknowledged = new HashSet<string> { key } }));

        Assert.True(flag.IsAcknowledged);
        Assert.NotEqual(key, Assert.Single(Check([text], Values(("press_releases", 1300)))).Key);
    }

    [Fact]
    public void Check_FigureOfIndicatorOutsideCatalogue_Ignored()
    {
        var flags = FigureChecker.Check(new FigureCheckInput(
            ["Выпущено 1 450 пресс-релизов."], 2025, Values(("press_releases", 10)), Values(), new HashSet<string>()));

        Assert.Empty(flags);
    }

    private static IReadOnlyList<FigureFlag> Check(string[] texts, Dictionary<string, decimal> values, Dictionary<string, decimal>? lastYear = null) =>
        FigureChecker.Check(Input(texts, values, lastYear ?? Values()));

    private static FigureCheckInput Input(string[] texts, Dictionary<string, decimal> values, Dictionary<string, decimal> lastYear) =>
        new(texts, 2025, values, lastYear, Codes);

    private static Dictionary<string, decimal> Values(params (string Code, decimal Value)[] values) =>
        values.ToDictionary(v => v.Code, v => v.Value);
}
