using MunicipalPress.Domain.Common;

namespace MunicipalPress.Domain.Geography;

/// <summary>
/// A city or district whose press service reports. Archived, never deleted: its reports stay readable.
/// </summary>
public class Municipality
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 100;

    private Municipality()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    public Municipality(string name, string slug, MunicipalityKind kind, int regionId, int? population)
    {
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        Slug = NormaliseSlug(slug);
        Kind = kind;
        RegionId = regionId;
        Population = CheckPopulation(population);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Latin, lower-case, URL-safe name; used in user names (press.&lt;slug&gt;@…) and links.</summary>
    public string Slug { get; private set; }

    public MunicipalityKind Kind { get; private set; }

    public int RegionId { get; private set; }

    public Region? Region { get; private set; }

    public int? Population { get; private set; }

    public bool IsArchived { get; private set; }

    public void Update(string name, MunicipalityKind kind, int regionId, int? population)
    {
        // Validate everything before assigning: a refused update must not leave a tracked entity half-changed.
        var checkedName = Guard.Text(name, nameof(Name), NameMaxLength);
        var checkedPopulation = CheckPopulation(population);
        Name = checkedName;
        Kind = kind;
        RegionId = regionId;
        Population = checkedPopulation;
    }

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;

    private static int? CheckPopulation(int? population) =>
        population is < 0
            ? throw new DomainException("Population must not be negative.", nameof(Population))
            : population;

    private static string NormaliseSlug(string slug)
    {
        var value = slug?.Trim().ToLowerInvariant() ?? string.Empty;
        if (value.Length is 0 or > SlugMaxLength
            || !value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new DomainException("Slug must be 1–100 Latin letters, digits or hyphens.", nameof(Slug));
        }

        return value;
    }
}
