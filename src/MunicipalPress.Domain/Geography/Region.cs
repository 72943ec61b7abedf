using MunicipalPress.Domain.Common;

namespace MunicipalPress.Domain.Geography;

public class Region
{
    public const int NameMaxLength = 200;

    private Region()
    {
        Name = string.Empty;
        CountryCode = string.Empty;
    }

    public Region(string name, string countryCode)
    {
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        CountryCode = NormaliseCountry(countryCode);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 code, upper case (RU, UA).</summary>
    public string CountryCode { get; private set; }

    public void Rename(string name, string countryCode)
    {
        // Validate both before assigning: a refused rename must not leave a tracked entity half-changed.
        var checkedName = Guard.Text(name, nameof(Name), NameMaxLength);
        var checkedCountry = NormaliseCountry(countryCode);
        Name = checkedName;
        CountryCode = checkedCountry;
    }

    private static string NormaliseCountry(string countryCode)
    {
        var code = countryCode?.Trim().ToUpperInvariant() ?? string.Empty;
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException("Country code must be two Latin letters (ISO 3166-1).", nameof(CountryCode));
        }

        return code;
    }
}
