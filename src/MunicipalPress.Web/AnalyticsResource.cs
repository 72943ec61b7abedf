namespace MunicipalPress.Web;

/// <summary>
/// Marker for the analyst pages' UI strings in Resources/AnalyticsResource*.resx: the neutral file is Russian
/// (the default language), with .uk and .en translations.
/// </summary>
public sealed class AnalyticsResource;
