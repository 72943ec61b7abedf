using MunicipalPress.Application.Common;

namespace MunicipalPress.Application.Digests;

/// <summary>The formats a digest or a single report downloads in, with their media types and file names.</summary>
public static class DigestFormats
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PdfContentType = "application/pdf";

    /// <summary>docx or pdf (any case); anything else is a field error on "format".</summary>
    public static DigestFormat Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        "docx" => DigestFormat.Docx,
        "pdf" => DigestFormat.Pdf,
        _ => Fail(format),
    };

    public static string ContentType(DigestFormat format) => format == DigestFormat.Pdf ? PdfContentType : DocxContentType;

    public static string Extension(DigestFormat format) => format == DigestFormat.Pdf ? "pdf" : "docx";

    private static DigestFormat Fail(string? format)
    {
        RequestValidator.Fail("format", string.IsNullOrWhiteSpace(format)
            ? "Choose a format: docx or pdf."
            : $"Unknown format '{format}': use docx or pdf.");
        return default;
    }
}
