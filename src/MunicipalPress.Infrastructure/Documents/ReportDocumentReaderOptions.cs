namespace MunicipalPress.Infrastructure.Documents;

/// <summary>Where LibreOffice is (for .doc) and how long a conversion may take.</summary>
public sealed class ReportDocumentReaderOptions
{
    /// <summary>The soffice program; null looks for «soffice» and «libreoffice» on the PATH.</summary>
    public string? LibreOfficePath { get; set; }

    public TimeSpan ConversionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public string? FindLibreOffice()
    {
        if (LibreOfficePath is not null)
        {
            return File.Exists(LibreOfficePath) ? LibreOfficePath : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
