using System.Globalization;
using MunicipalPress.Domain.Common;

namespace MunicipalPress.Domain.Indicators;

/// <summary>A numeric indicator of the catalogue. Its code is stable: exports and imports refer to it.</summary>
public class Indicator
{
    public const int CodeMaxLength = 64;
    public const int NameMaxLength = 300;
    public const int UnitMaxLength = 50;

    private Indicator()
    {
        Code = string.Empty;
        NameRu = string.Empty;
        NameUk = string.Empty;
        NameEn = string.Empty;
        Unit = string.Empty;
    }

    public Indicator(
        string code,
        string nameRu,
        string nameUk,
        string nameEn,
        string unit,
        IndicatorKind kind,
        IndicatorCategory category,
        int sortOrder,
        decimal? minValue = null,
        decimal? maxValue = null,
        bool isRequired = false,
        bool isDraft = false)
    {
        Code = NormaliseCode(code);
        NameRu = NameUk = NameEn = Unit = string.Empty;
        Rename(nameRu, nameUk, nameEn, unit);
        Kind = kind;
        Category = category;
        SortOrder = sortOrder;
        IsRequired = isRequired;
        SetBounds(minValue, maxValue);
        IsActive = true;
        IsPublished = !isDraft;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public string NameRu { get; private set; }

    public string NameUk { get; private set; }

    public string NameEn { get; private set; }

    /// <summary>Unit shown beside the value («шт.», «чел.», «%»).</summary>
    public string Unit { get; private set; }

    public IndicatorKind Kind { get; private set; }

    public IndicatorCategory Category { get; private set; }

    public decimal? MinValue { get; private set; }

    public decimal? MaxValue { get; private set; }

    /// <summary>A report cannot be submitted without a value for a required indicator.</summary>
    public bool IsRequired { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>
    /// False while an administrator prepares the indicator (a draft, seen on the catalogue page only); once published
    /// it appears on every report form, in its place in the catalogue's order. Publishing cannot be undone: deactivate instead.
    /// </summary>
    public bool IsPublished { get; private set; }

    /// <summary>On the report forms: published and not deactivated. Only these take values and count as required.</summary>
    public bool IsOnForms => IsActive && IsPublished;

    public int SortOrder { get; private set; }

    public string NameFor(string? language) => language switch
    {
        "uk" => NameUk,
        "en" => NameEn,
        _ => NameRu,
    };

    public void Rename(string nameRu, string nameUk, string nameEn, string unit)
    {
        // Validate all names before assigning: a refused rename must not leave a tracked entity half-changed.
        var checkedRu = Guard.Text(nameRu, nameof(NameRu), NameMaxLength);
        var checkedUk = Guard.Text(nameUk, nameof(NameUk), NameMaxLength);
        var checkedEn = Guard.Text(nameEn, nameof(NameEn), NameMaxLength);
        var checkedUnit = Guard.OptionalText(unit, nameof(Unit), UnitMaxLength) ?? string.Empty;
        NameRu = checkedRu;
        NameUk = checkedUk;
        NameEn = checkedEn;
        Unit = checkedUnit;
    }

    public void SetBounds(decimal? minValue, decimal? maxValue)
    {
        if (minValue is { } min && maxValue is { } max && min > max)
        {
            throw new DomainException("The lower bound must not exceed the upper bound.", nameof(MinValue));
        }

        MinValue = minValue;
        MaxValue = maxValue;
    }

    public void Reclassify(IndicatorKind kind, IndicatorCategory category, int sortOrder, bool isRequired)
    {
        Kind = kind;
        Category = category;
        SortOrder = sortOrder;
        IsRequired = isRequired;
    }

    public void Publish() => IsPublished = true;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>
    /// Why <paramref name="value"/> is not acceptable for this indicator, or null when it is:
    /// counts are whole and not negative, percentages lie in 0..100, and the bounds hold.
    /// </summary>
    public string? Check(decimal value)
    {
        switch (Kind)
        {
            case IndicatorKind.Count when value != decimal.Truncate(value):
                return "must be a whole number";
            case IndicatorKind.Count when value < 0:
                return "must not be negative";
            case IndicatorKind.Percent when value is < 0 or > 100:
                return "must be a percentage between 0 and 100";
        }

        if (MinValue is { } min && value < min)
        {
            return $"must be at least {min.ToString(CultureInfo.InvariantCulture)}";
        }

        if (MaxValue is { } max && value > max)
        {
            return $"must be at most {max.ToString(CultureInfo.InvariantCulture)}";
        }

        return null;
    }

    private static string NormaliseCode(string code)
    {
        var value = code?.Trim() ?? string.Empty;
        if (value.Length is 0 or > CodeMaxLength
            || !char.IsAsciiLetterLower(value[0])
            || !value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new DomainException("Code must be snake_case Latin (e.g. press_releases).", nameof(Code));
        }

        return value;
    }
}
