using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MunicipalPress.Application.Exports;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// A real spreadsheet: one sheet, a bold header row frozen in place, numbers as numeric cells (so Excel
/// sums and charts them), text as inline strings, missing values as empty cells, an autofilter on the header.
/// </summary>
public sealed class OpenXmlXlsxWriter : IXlsxWriter
{
    public void Write(ExportTable table, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var columnCount = table.Columns.Count;
        data.Append(Row(1, table.Columns.Cast<object?>().ToList(), header: true));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            data.Append(Row((uint)i + 2, table.Rows[i], header: false));
        }

        var widths = new Columns(Enumerable.Range(0, columnCount).Select(i => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = Math.Clamp(Math.Max(table.Columns[i].Length, table.Rows.Select(r => i < r.Count ? Convert.ToString(r[i], CultureInfo.InvariantCulture)?.Length ?? 0 : 0).DefaultIfEmpty(0).Max()) + 2, 8, 60),
            CustomWidth = true,
        }));
        var frozen = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0, TabSelected = true });
        var worksheet = new Worksheet(frozen, widths, data);
        if (columnCount > 0)
        {
            worksheet.Append(new AutoFilter { Reference = $"A1:{ColumnName(columnCount - 1)}{table.Rows.Count + 1}" });
        }

        sheetPart.Worksheet = worksheet;
        var sheetName = new string(table.Title.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        workbook.Workbook.AppendChild(new Sheets(new Sheet
        {
            Id = workbook.GetIdOfPart(sheetPart),
            SheetId = 1,
            Name = string.IsNullOrWhiteSpace(sheetName) ? "Sheet1" : sheetName[..Math.Min(31, sheetName.Length)],
        }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, IReadOnlyList<object?> values, bool header)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = $"{ColumnName(i)}{index}";
            row.Append(values[i] switch
            {
                null => new Cell { CellReference = reference },
                decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) },
                var other => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty) { Space = SpaceProcessingModeValues.Preserve }),
                    StyleIndex = header ? 1u : 0u,
                },
            });
        }

        return row;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
