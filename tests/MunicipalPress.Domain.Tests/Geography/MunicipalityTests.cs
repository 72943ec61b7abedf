using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Domain.Tests.Geography;

public class MunicipalityTests
{
    [Fact]
    public void Constructor_ValidInput_TrimsAndNormalises()
    {
        var city = new Municipality("  Благовещенск ", " Blagoveshchensk ", MunicipalityKind.City, 3, 241_000);

        Assert.Equal("Благовещенск", city.Name);
        Assert.Equal("blagoveshchensk", city.Slug);
        Assert.Equal(MunicipalityKind.City, city.Kind);
        Assert.Equal(3, city.RegionId);
        Assert.Equal(241_000, city.Population);
        Assert.False(city.IsArchived);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ust-kut")]
    [InlineData("city2")]
    [InlineData("2gis")]
    public void Constructor_ValidSlug_Accepted(string slug)
    {
        Assert.Equal(slug, Create(slug: slug).Slug);
    }

    [Fact]
    public void Constructor_SlugAtMaxLength_Accepted()
    {
        var slug = new string('s', Municipality.SlugMaxLength);

        Assert.Equal(slug, Create(slug: slug).Slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ust kut")]
    [InlineData("ust_kut")]
    [InlineData("ust.kut")]
    [InlineData("a/b")]
    [InlineData("благовещенск")]
    [InlineData("zürich")]
    public void Constructor_InvalidSlug_Throws(string slug)
    {
        var error = Assert.Throws<DomainException>(() => Create(slug: slug));

        Assert.Equal(nameof(Municipality.Slug), error.Field);
    }

    [Fact]
    public void Constructor_SlugTooLong_Throws()
    {
        Assert.Throws<DomainException>(() => Create(slug: new string('s', Municipality.SlugMaxLength + 1)));
    }

    [Fact]
    public void Constructor_NullSlug_Throws()
    {
        Assert.Throws<DomainException>(() => Create(slug: null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Constructor_BlankName_Throws(string name)
    {
        var error = Assert.Throws<DomainException>(() => Create(name: name));

        Assert.Equal(nameof(Municipality.Name), error.Field);
    }

    [Fact]
    public void Constructor_NameTooLong_Throws()
    {
        Assert.Throws<DomainException>(() => Create(name: new string('n', Municipality.NameMaxLength + 1)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Constructor_NegativePopulation_Throws(int population)
    {
        var error = Assert.Throws<DomainException>(() => Create(population: population));

        Assert.Equal(nameof(Municipality.Population), error.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(1_500_000)]
    public void Constructor_UnknownOrNonNegativePopulation_Accepted(int? population)
    {
        Assert.Equal(population, Create(population: population).Population);
    }

    [Fact]
    public void Update_ValidInput_ReplacesFieldsAndKeepsSlug()
    {
        var city = Create();

        city.Update("  Свободный  ", MunicipalityKind.UrbanDistrict, 4, null);

        Assert.Equal("Свободный", city.Name);
        Assert.Equal(MunicipalityKind.UrbanDistrict, city.Kind);
        Assert.Equal(4, city.RegionId);
        Assert.Null(city.Population);
        Assert.Equal("blagoveshchensk", city.Slug);
    }

    [Fact]
    public void Update_BlankName_ThrowsAndLeavesMunicipalityUnchanged()
    {
        var city = Create();

        Assert.Throws<DomainException>(() => city.Update(" ", MunicipalityKind.Zato, 9, 1));

        AssertUnchanged(city);
    }

    [Fact]
    public void Update_NegativePopulation_ThrowsAndLeavesMunicipalityUnchanged()
    {
        var city = Create();

        Assert.Throws<DomainException>(() => city.Update("Свободный", MunicipalityKind.Zato, 9, -5));

        AssertUnchanged(city);
    }

    [Fact]
    public void Archive_Active_MarksArchived()
    {
        var city = Create();

        city.Archive();

        Assert.True(city.IsArchived);
    }

    [Fact]
    public void Restore_Archived_MarksActive()
    {
        var city = Create();
        city.Archive();

        city.Restore();

        Assert.False(city.IsArchived);
    }

    [Fact]
    public void ArchiveRestore_Repeated_AreIdempotent()
    {
        var city = Create();

        city.Archive();
        city.Archive();
        Assert.True(city.IsArchived);

        city.Restore();
        city.Restore();
        Assert.False(city.IsArchived);
    }

    private static Municipality Create(
        string name = "Благовещенск",
        string slug = "blagoveshchensk",
        int? population = 241_000) =>
        new(name, slug, MunicipalityKind.City, 3, population);

    private static void AssertUnchanged(Municipality city)
    {
        Assert.Equal("Благовещенск", city.Name);
        Assert.Equal(MunicipalityKind.City, city.Kind);
        Assert.Equal(3, city.RegionId);
        Assert.Equal(241_000, city.Population);
    }
}
