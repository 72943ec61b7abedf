using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Domain.Tests.Geography;

public class RegionTests
{
    [Fact]
    public void Constructor_ValidInput_TrimsName()
    {
        var region = new Region("  Амурская область ", "RU");

        Assert.Equal("Амурская область", region.Name);
        Assert.Equal("RU", region.CountryCode);
    }

    [Theory]
    [InlineData("ru", "RU")]
    [InlineData(" ua ", "UA")]
    [InlineData("Kz", "KZ")]
    public void Constructor_CountryCode_NormalisedToUpperCase(string input, string expected)
    {
        Assert.Equal(expected, new Region("Region", input).CountryCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("R")]
    [InlineData("RUS")]
    [InlineData("R1")]
    [InlineData("R U")]
    [InlineData("РУ")]
    public void Constructor_InvalidCountryCode_Throws(string countryCode)
    {
        var error = Assert.Throws<DomainException>(() => new Region("Region", countryCode));

        Assert.Equal(nameof(Region.CountryCode), error.Field);
    }

    [Fact]
    public void Constructor_NullCountryCode_Throws()
    {
        Assert.Throws<DomainException>(() => new Region("Region", null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_Throws(string name)
    {
        var error = Assert.Throws<DomainException>(() => new Region(name, "RU"));

        Assert.Equal(nameof(Region.Name), error.Field);
    }

    [Fact]
    public void Constructor_NameTooLong_Throws()
    {
        Assert.Throws<DomainException>(() => new Region(new string('r', Region.NameMaxLength + 1), "RU"));
    }

    [Fact]
    public void Rename_ValidInput_ReplacesNameAndCountry()
    {
        var region = new Region("Амурская область", "RU");

        region.Rename(" Киевская область ", "ua");

        Assert.Equal("Киевская область", region.Name);
        Assert.Equal("UA", region.CountryCode);
    }

    [Fact]
    public void Rename_InvalidCountryCode_ThrowsAndLeavesRegionUnchanged()
    {
        var region = new Region("Амурская область", "RU");

        Assert.Throws<DomainException>(() => region.Rename("Киевская область", "UKR"));

        Assert.Equal("Амурская область", region.Name);
        Assert.Equal("RU", region.CountryCode);
    }
}
