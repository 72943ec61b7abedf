using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Domain.Tests.Indicators;

public class IndicatorTests
{
    [Fact]
    public void Constructor_ValidInput_TrimsAndIsActive()
    {
        var indicator = new Indicator(
            "  press_releases ",
            " Пресс-релизы ",
            " Прес-релізи ",
            " Press releases ",
            " шт. ",
            IndicatorKind.Count,
            IndicatorCategory.Media,
            sortOrder: 3,
            minValue: 0,
            maxValue: 10_000,
            isRequired: true);

        Assert.Equal("press_releases", indicator.Code);
        Assert.Equal("Пресс-релизы", indicator.NameRu);
        Assert.Equal("Прес-релізи", indicator.NameUk);
        Assert.Equal("Press releases", indicator.NameEn);
        Assert.Equal("шт.", indicator.Unit);
        Assert.Equal(IndicatorKind.Count, indicator.Kind);
        Assert.Equal(IndicatorCategory.Media, indicator.Category);
        Assert.Equal(3, indicator.SortOrder);
        Assert.Equal(0m, indicator.MinValue);
        Assert.Equal(10_000m, indicator.MaxValue);
        Assert.True(indicator.IsRequired);
        Assert.True(indicator.IsActive);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("press_releases")]
    [InlineData("site_visits_2")]
    [InlineData("x1_")]
    public void Constructor_SnakeCaseCode_Accepted(string code)
    {
        Assert.Equal(code, Create(code).Code);
    }

    [Fact]
    public void Constructor_CodeAtMaxLength_Accepted()
    {
        var code = new string('a', Indicator.CodeMaxLength);

        Assert.Equal(code, Create(code).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Press_releases")]
    [InlineData("PRESS")]
    [InlineData("1st_place")]
    [InlineData("_private")]
    [InlineData("press-releases")]
    [InlineData("press releases")]
    [InlineData("press.releases")]
    [InlineData("пресс_релизы")]
    public void Constructor_InvalidCode_Throws(string code)
    {
        var error = Assert.Throws<DomainException>(() => Create(code));

        Assert.Equal(nameof(Indicator.Code), error.Field);
    }

    [Fact]
    public void Constructor_CodeTooLong_Throws()
    {
        Assert.Throws<DomainException>(() => Create(new string('a', Indicator.CodeMaxLength + 1)));
    }

    [Fact]
    public void Constructor_NullCode_Throws()
    {
        Assert.Throws<DomainException>(() => Create(null!));
    }

    [Theory]
    [InlineData("", "uk", "en")]
    [InlineData("ru", " ", "en")]
    [InlineData("ru", "uk", "\t")]
    public void Constructor_BlankName_Throws(string nameRu, string nameUk, string nameEn)
    {
        Assert.Throws<DomainException>(
            () => new Indicator("code", nameRu, nameUk, nameEn, "", IndicatorKind.Count, IndicatorCategory.Media, 0));
    }

    [Fact]
    public void Constructor_NameTooLong_Throws()
    {
        var tooLong = new string('n', Indicator.NameMaxLength + 1);

        Assert.Throws<DomainException>(
            () => new Indicator("code", tooLong, "uk", "en", "", IndicatorKind.Count, IndicatorCategory.Media, 0));
    }

    [Fact]
    public void Constructor_BlankUnit_StoredAsEmpty()
    {
        var indicator = new Indicator("code", "ru", "uk", "en", "  ", IndicatorKind.Decimal, IndicatorCategory.Website, 0);

        Assert.Equal(string.Empty, indicator.Unit);
    }

    [Fact]
    public void Constructor_UnitTooLong_Throws()
    {
        var tooLong = new string('u', Indicator.UnitMaxLength + 1);

        Assert.Throws<DomainException>(
            () => new Indicator("code", "ru", "uk", "en", tooLong, IndicatorKind.Count, IndicatorCategory.Media, 0));
    }

    [Fact]
    public void Constructor_MinAboveMax_Throws()
    {
        var error = Assert.Throws<DomainException>(() => Create("code", minValue: 10, maxValue: 5));

        Assert.Equal(nameof(Indicator.MinValue), error.Field);
    }

    [Theory]
    [InlineData("ru", "Пресс-релизы")]
    [InlineData("uk", "Прес-релізи")]
    [InlineData("en", "Press releases")]
    [InlineData("de", "Пресс-релизы")]
    [InlineData(null, "Пресс-релизы")]
    public void NameFor_Language_ReturnsNameOrRussianFallback(string? language, string expected)
    {
        Assert.Equal(expected, Create("press_releases").NameFor(language));
    }

    [Fact]
    public void Rename_ValidNames_ReplacesTrimmed()
    {
        var indicator = Create("press_releases");

        indicator.Rename(" Релизы ", " Релізи ", " Releases ", " pcs ");

        Assert.Equal(("Релизы", "Релізи", "Releases", "pcs"), (indicator.NameRu, indicator.NameUk, indicator.NameEn, indicator.Unit));
    }

    [Fact]
    public void Rename_OneBlankName_ThrowsAndKeepsAllNames()
    {
        var indicator = Create("press_releases");

        Assert.Throws<DomainException>(() => indicator.Rename("Релизы", "Релізи", " ", "pcs"));

        Assert.Equal(
            ("Пресс-релизы", "Прес-релізи", "Press releases", "шт."),
            (indicator.NameRu, indicator.NameUk, indicator.NameEn, indicator.Unit));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(120)]
    [InlineData(1_000_000_000)]
    public void Check_CountWholeNotNegative_Accepted(double value)
    {
        Assert.Null(Create("code", IndicatorKind.Count).Check((decimal)value));
    }

    [Fact]
    public void Check_CountWithTrailingZeroScale_Accepted()
    {
        Assert.Null(Create("code", IndicatorKind.Count).Check(5.00m));
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(0.001)]
    [InlineData(-0.5)]
    public void Check_CountFraction_RefusedAsNotWhole(double value)
    {
        Assert.Equal("must be a whole number", Create("code", IndicatorKind.Count).Check((decimal)value));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-100)]
    public void Check_CountNegative_Refused(int value)
    {
        Assert.Equal("must not be negative", Create("code", IndicatorKind.Count).Check(value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.01)]
    [InlineData(55.5)]
    [InlineData(100)]
    public void Check_PercentInRange_Accepted(double value)
    {
        Assert.Null(Create("code", IndicatorKind.Percent).Check((decimal)value));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(-50)]
    [InlineData(100.01)]
    [InlineData(250)]
    public void Check_PercentOutOfRange_Refused(double value)
    {
        Assert.Equal(
            "must be a percentage between 0 and 100",
            Create("code", IndicatorKind.Percent).Check((decimal)value));
    }

    [Theory]
    [InlineData(-12.75)]
    [InlineData(0)]
    [InlineData(3.14159)]
    [InlineData(1e12)]
    public void Check_DecimalAnyValue_Accepted(double value)
    {
        Assert.Null(Create("code", IndicatorKind.Decimal).Check((decimal)value));
    }

    [Fact]
    public void Check_DecimalBelowMin_RefusedWithInvariantBound()
    {
        var indicator = Create("code", IndicatorKind.Decimal, minValue: 1.5m);

        Assert.Equal("must be at least 1.5", indicator.Check(1.4m));
        Assert.Null(indicator.Check(1.5m));
    }

    [Fact]
    public void Check_DecimalAboveMax_RefusedWithInvariantBound()
    {
        var indicator = Create("code", IndicatorKind.Decimal, maxValue: 2.25m);

        Assert.Equal("must be at most 2.25", indicator.Check(2.26m));
        Assert.Null(indicator.Check(2.25m));
    }

    [Fact]
    public void Check_CountWithBounds_AppliesBoth()
    {
        var indicator = Create("code", IndicatorKind.Count, minValue: 10, maxValue: 20);

        Assert.Equal("must be at least 10", indicator.Check(9));
        Assert.Null(indicator.Check(10));
        Assert.Null(indicator.Check(20));
        Assert.Equal("must be at most 20", indicator.Check(21));
        Assert.Equal("must be a whole number", indicator.Check(15.5m));
    }

    [Fact]
    public void Check_PercentWithTighterMax_AppliesMax()
    {
        var indicator = Create("code", IndicatorKind.Percent, maxValue: 50);

        Assert.Null(indicator.Check(50));
        Assert.Equal("must be at most 50", indicator.Check(60));
    }

    [Fact]
    public void SetBounds_MinAboveMax_ThrowsAndKeepsBounds()
    {
        var indicator = Create("code", minValue: 1, maxValue: 100);

        var error = Assert.Throws<DomainException>(() => indicator.SetBounds(50, 49));

        Assert.Equal(nameof(Indicator.MinValue), error.Field);
        Assert.Equal((1m, 100m), (indicator.MinValue, indicator.MaxValue));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(0, 100)]
    [InlineData(-10, null)]
    [InlineData(null, 10)]
    [InlineData(null, null)]
    public void SetBounds_Consistent_Stored(int? min, int? max)
    {
        var indicator = Create("code", minValue: 1, maxValue: 2);

        indicator.SetBounds(min, max);

        Assert.Equal((decimal?)min, indicator.MinValue);
        Assert.Equal((decimal?)max, indicator.MaxValue);
    }

    [Fact]
    public void SetBounds_Cleared_NoLongerLimits()
    {
        var indicator = Create("code", IndicatorKind.Decimal, minValue: 0, maxValue: 1);

        indicator.SetBounds(null, null);

        Assert.Null(indicator.Check(-5));
        Assert.Null(indicator.Check(5));
    }

    [Fact]
    public void DeactivateActivate_Toggle_IsActive()
    {
        var indicator = Create("code");

        indicator.Deactivate();
        Assert.False(indicator.IsActive);

        indicator.Activate();
        Assert.True(indicator.IsActive);
    }

    private static Indicator Create(
        string code,
        IndicatorKind kind = IndicatorKind.Count,
        decimal? minValue = null,
        decimal? maxValue = null) =>
        new(code, "Пресс-релизы", "Прес-релізи", "Press releases", "шт.", kind, IndicatorCategory.Media, 0, minValue, maxValue);
}
