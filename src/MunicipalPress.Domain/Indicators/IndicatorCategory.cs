namespace MunicipalPress.Domain.Indicators;

public enum IndicatorCategory
{
    Media,
    Website,
    SocialNetworks,
    CitizenFeedback,
    InformationRequests,
    Events,
    Publications,
}
