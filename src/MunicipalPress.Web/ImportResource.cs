namespace MunicipalPress.Web;

/// <summary>Marker for the import page's strings (Resources/ImportResource*.resx).</summary>
public sealed class ImportResource;
