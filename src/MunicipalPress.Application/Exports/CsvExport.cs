using System.Globalization;
using System.Text;

namespace MunicipalPress.Application.Exports;

/// <summary>
/// CSV for Excel: UTF-8 with a BOM, comma-separated, RFC 4180 quoting, invariant numbers. A text cell that
/// begins with = + - @ (or a tab / carriage return) is prefixed with an apostrophe so a spreadsheet never
/// runs it as a formula (CSV injection).
/// </summary>
public static class CsvExport
{
    public static void Write(ExportTable table, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Quote(Neutralise(c)))));
        foreach (var row in table.Rows)
        {
            writer.WriteLine(string.Join(',', row.Select(Cell)));
        }
    }

    public static byte[] ToBytes(ExportTable table)
    {
        using var stream = new MemoryStream();
        Write(table, stream);
        return stream.ToArray();
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IFormattable f => Quote(Neutralise(f.ToString(null, CultureInfo.InvariantCulture))),
        _ => Quote(Neutralise(value.ToString() ?? string.Empty)),
    };

    internal static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n', '\'']) >= 0 || text.StartsWith(' ') || text.EndsWith(' ')
            ? "\"" + text.Replace("\"", "\"\"") + "\""
            : text;
}
