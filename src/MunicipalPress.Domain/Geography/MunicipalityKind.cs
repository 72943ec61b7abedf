namespace MunicipalPress.Domain.Geography;

public enum MunicipalityKind
{
    City,
    UrbanDistrict,
    Zato,
    CityCouncil,
}
