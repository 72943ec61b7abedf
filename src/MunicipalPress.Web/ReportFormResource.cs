namespace MunicipalPress.Web;

/// <summary>
/// Marker for the report form's and the press officer's home page's strings in Resources/ReportFormResource*.resx
/// (Russian neutral file, .uk and .en translations).
/// </summary>
public sealed class ReportFormResource;
