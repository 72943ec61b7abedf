using System.Globalization;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Web.Components.Pages.Municipalities;
using MunicipalPress.Web.Components.Shared;

namespace MunicipalPress.Api.Tests.Web;

/// <summary>The small pieces of logic behind the read-only pages, without a browser.</summary>
public sealed class PageFormattingTests
{
    [Fact]
    public void Paragraphs_SplitOnEveryLineBreak_DropBlankLines()
    {
        var text = "Первый абзац.\r\n\r\n  Второй абзац.  \nТретий.\n\n";

        Assert.Equal(["Первый абзац.", "Второй абзац.", "Третий."], TextParagraphs.Split(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Paragraphs_OfNothing_AreNone(string? text) => Assert.Empty(TextParagraphs.Split(text));

    [Theory]
    [InlineData("ru", "2982", IndicatorKind.Count, "2\u00a0982")]
    [InlineData("uk", "2982", IndicatorKind.Count, "2\u00a0982")]
    [InlineData("en", "2982", IndicatorKind.Count, "2,982")]
    [InlineData("en", "110019", IndicatorKind.Count, "110,019")]
    [InlineData("ru", "3000.5", IndicatorKind.Decimal, "3\u00a0000,5")]
    [InlineData("en", "35", IndicatorKind.Percent, "35")]
    public void IndicatorValue_UsesTheCulturesGroupSeparator(string culture, string value, IndicatorKind kind, string expected) =>
        Assert.Equal(expected, IndicatorFormat.Format(decimal.Parse(value, CultureInfo.InvariantCulture), kind, new CultureInfo(culture)));

    [Fact]
    public void IndicatorValue_Missing_IsADashNotZero() =>
        Assert.Equal("—", IndicatorFormat.Format(null, IndicatorKind.Count, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(2982, 1000, 4000)]
    [InlineData(1417, 500, 1500)]
    [InlineData(360, 100, 400)]
    [InlineData(35, 10, 40)]
    [InlineData(7, 2, 8)]
    [InlineData(0.9, 0.5, 1)]
    public void ChartScale_HasRoundStepsAndHeadroom(double largest, double step, double max)
    {
        var scale = ChartScale.For(largest);

        Assert.Equal(step, scale.Step, 9);
        Assert.Equal(max, scale.Max, 9);
    }

    [Fact]
    public void ChartScale_WithoutValues_IsStillDrawable() => Assert.Equal(new ChartScale(1, 1), ChartScale.For(0));
}
