namespace MunicipalPress.Web;

/// <summary>
/// Marker for the administration pages' strings in Resources/AdminResource*.resx: the neutral file is
/// Russian (the default language), with .uk and .en translations.
/// </summary>
public sealed class AdminResource;
