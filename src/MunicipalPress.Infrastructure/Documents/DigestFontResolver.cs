using System.Reflection;
using PdfSharp.Fonts;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// PDFsharp 6 finds no system fonts on Linux: every face it asks for is DejaVu Sans (regular or bold), shipped in
/// this assembly, so a PDF looks the same on every machine and has Cyrillic (and Ukrainian letters) everywhere.
/// </summary>
public sealed class DigestFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, byte[]> Faces = [];

    /// <summary>PDFsharp's resolver is process-wide: set it once, before the first font is made.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not DigestFontResolver)
            {
                GlobalFontSettings.FontResolver = new DigestFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        lock (Gate)
        {
            if (!Faces.TryGetValue(faceName, out var bytes))
            {
                using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"MunicipalPress.Fonts.{faceName}.ttf")
                    ?? throw new InvalidOperationException($"The font {faceName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                Faces[faceName] = bytes = copy.ToArray();
            }

            return bytes;
        }
    }
}
