using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// Regions and cities of the demo association: the five seed cities plus cities of Siberia and the
/// Far East. Populations are rounded, close to the real ones; they scale the generated figures.
/// </summary>
public static class DemoGeography
{
    public const string Seversk = "seversk";
    public const string Blagoveshchensk = "blagoveshchensk";
    public const string Aleysk = "aleysk";
    public const string Khabarovsk = "khabarovsk";
    public const string Teplodar = "teplodar";

    private const string Tomsk = "Томская область";
    private const string Novosibirsk = "Новосибирская область";
    private const string Altai = "Алтайский край";
    private const string Krasnoyarsk = "Красноярский край";
    private const string Irkutsk = "Иркутская область";
    private const string Omsk = "Омская область";
    private const string Kuzbass = "Кемеровская область — Кузбасс";
    private const string Buryatia = "Республика Бурятия";
    private const string Khakassia = "Республика Хакасия";
    private const string Zabaykalsky = "Забайкальский край";
    private const string Yakutia = "Республика Саха (Якутия)";
    private const string Amur = "Амурская область";
    private const string Khabarovsky = "Хабаровский край";
    private const string Primorsky = "Приморский край";
    private const string Sakhalin = "Сахалинская область";
    private const string Kamchatka = "Камчатский край";
    private const string Magadan = "Магаданская область";
    private const string Jewish = "Еврейская автономная область";
    private const string Odesa = "Одесская область";

    public static IReadOnlyList<DemoRegion> Regions { get; } =
    [
        new(Tomsk, "RU"),
        new(Novosibirsk, "RU"),
        new(Altai, "RU"),
        new(Krasnoyarsk, "RU"),
        new(Khakassia, "RU"),
        new(Irkutsk, "RU"),
        new(Omsk, "RU"),
        new(Kuzbass, "RU"),
        new(Buryatia, "RU"),
        new(Zabaykalsky, "RU"),
        new(Yakutia, "RU"),
        new(Amur, "RU"),
        new(Khabarovsky, "RU"),
        new(Primorsky, "RU"),
        new(Sakhalin, "RU"),
        new(Kamchatka, "RU"),
        new(Magadan, "RU"),
        new(Jewish, "RU"),
        new(Odesa, "UA"),
    ];

    public static IReadOnlyList<string> SeedCitySlugs { get; } = [Seversk, Blagoveshchensk, Aleysk, Khabarovsk, Teplodar];

    public static IReadOnlyList<DemoCity> Cities { get; } =
    [
        // The cities whose real reports are in the seeds.
        new("Северск", Seversk, MunicipalityKind.Zato, Tomsk, 108_000),
        new("Благовещенск", Blagoveshchensk, MunicipalityKind.City, Amur, 225_000),
        new("Алейск", Aleysk, MunicipalityKind.City, Altai, 28_000),
        new("Хабаровск", Khabarovsk, MunicipalityKind.City, Khabarovsky, 617_000),
        new("Теплодар", Teplodar, MunicipalityKind.CityCouncil, Odesa, 10_000),

        // Other members of the association.
        new("Томск", "tomsk", MunicipalityKind.City, Tomsk, 568_000),
        new("Новосибирск", "novosibirsk", MunicipalityKind.City, Novosibirsk, 1_630_000),
        new("Бердск", "berdsk", MunicipalityKind.City, Novosibirsk, 104_000),
        new("Барнаул", "barnaul", MunicipalityKind.City, Altai, 631_000),
        new("Бийск", "biysk", MunicipalityKind.City, Altai, 184_000),
        new("Рубцовск", "rubtsovsk", MunicipalityKind.City, Altai, 136_000),
        new("Красноярск", "krasnoyarsk", MunicipalityKind.City, Krasnoyarsk, 1_190_000),
        new("Норильск", "norilsk", MunicipalityKind.UrbanDistrict, Krasnoyarsk, 182_000),
        new("Ачинск", "achinsk", MunicipalityKind.City, Krasnoyarsk, 103_000),
        new("Абакан", "abakan", MunicipalityKind.City, Khakassia, 186_000),
        new("Иркутск", "irkutsk", MunicipalityKind.City, Irkutsk, 617_000),
        new("Братск", "bratsk", MunicipalityKind.City, Irkutsk, 225_000),
        new("Ангарск", "angarsk", MunicipalityKind.UrbanDistrict, Irkutsk, 221_000),
        new("Омск", "omsk", MunicipalityKind.City, Omsk, 1_126_000),
        new("Кемерово", "kemerovo", MunicipalityKind.City, Kuzbass, 557_000),
        new("Новокузнецк", "novokuznetsk", MunicipalityKind.City, Kuzbass, 540_000),
        new("Улан-Удэ", "ulan-ude", MunicipalityKind.City, Buryatia, 437_000),
        new("Чита", "chita", MunicipalityKind.City, Zabaykalsky, 350_000),
        new("Якутск", "yakutsk", MunicipalityKind.City, Yakutia, 355_000),
        new("Свободный", "svobodny", MunicipalityKind.City, Amur, 51_000),
        new("Комсомольск-на-Амуре", "komsomolsk-na-amure", MunicipalityKind.City, Khabarovsky, 241_000),
        new("Владивосток", "vladivostok", MunicipalityKind.City, Primorsky, 603_000),
        new("Находка", "nakhodka", MunicipalityKind.UrbanDistrict, Primorsky, 140_000),
        new("Уссурийск", "ussuriysk", MunicipalityKind.UrbanDistrict, Primorsky, 172_000),
        new("Южно-Сахалинск", "yuzhno-sakhalinsk", MunicipalityKind.City, Sakhalin, 181_000),
        new("Петропавловск-Камчатский", "petropavlovsk-kamchatsky", MunicipalityKind.City, Kamchatka, 164_000),
        new("Магадан", "magadan", MunicipalityKind.City, Magadan, 90_000),
        new("Биробиджан", "birobidzhan", MunicipalityKind.City, Jewish, 70_000),
    ];

    /// <summary>The region's country: generated texts are in Ukrainian for Ukrainian cities.</summary>
    public static string CountryOf(DemoCity city) =>
        Regions.FirstOrDefault(r => r.Name == city.RegionName)?.CountryCode ?? "RU";
}
