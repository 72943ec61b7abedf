namespace MunicipalPress.Web;

/// <summary>
/// Marker for the UI strings in Resources/SharedResource*.resx: the neutral file is Russian (the default
/// language), with .uk and .en translations.
/// </summary>
public sealed class SharedResource;
