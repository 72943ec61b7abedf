using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MunicipalPress.Application.Digests;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// The digest as a Word document, written forward only: the package's small parts first, then the document
/// body through an <see cref="OpenXmlWriter"/>, a city's elements at a time, straight into the zip entry. The
/// SDK's package classes need a stream they can read back, which a response is not, so the zip is written here
/// (the parts and their relationships are the minimal set Word and LibreOffice open).
/// </summary>
public sealed class OpenXmlDigestWriter : IDigestWriter
{
    public DigestFormat Format => DigestFormat.Docx;

    public IDigestDocument Begin(Stream output, DigestHeader header) => new Document(output, header);

    private sealed class Document : IDigestDocument
    {
        private const string Font = "Arial";
        private readonly ZipArchive _zip;
        private readonly DigestHeader _header;
        private readonly DigestText _text;
        private readonly Stream _body;
        private readonly OpenXmlWriter _writer;
        private bool _finished;

        public Document(Stream output, DigestHeader header)
        {
            _header = header;
            _text = header.Text;
            _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
            WritePart("[Content_Types].xml", ContentTypes);
            WritePart("_rels/.rels", PackageRelationships);
            WritePart("word/_rels/document.xml.rels", DocumentRelationships);
            WritePart("docProps/core.xml", CoreProperties(header));
            WriteElementPart("word/styles.xml", DigestStyles());
            WriteElementPart("word/settings.xml", new Settings(new UpdateFieldsOnOpen { Val = true }));

            _body = _zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            _writer = OpenXmlWriter.Create(_body);
            _writer.WriteStartDocument(true);
            _writer.WriteStartElement(new DocumentFormat.OpenXml.Wordprocessing.Document());
            _writer.WriteStartElement(new Body());
            WriteTitlePage();
        }

        public void WriteCity(DigestCity city)
        {
            var year = _header.Year;
            Write(Heading("Heading1", _text.CityHeading(city.Entry.MunicipalityName)));
            Write(Heading("Heading2", _text.AchievementsQuestion(year)));
            if (city.Achievements.Count == 0)
            {
                Write(Text(_text.NoEntries));
            }

            foreach (var group in city.Achievements)
            {
                if (group.Direction is { } direction)
                {
                    Write(Heading("Heading3", direction));
                }

                foreach (var paragraph in group.Texts.SelectMany(Paragraphs))
                {
                    Write(Text(paragraph));
                }
            }

            var caption = _text.IndicatorsHeading(year);
            if (_header.Kind == DigestKind.Report && city.Entry.Status != Domain.Reports.ReportStatus.Approved)
            {
                caption += " — " + _text.ReportStatusNote(_text.StatusName(city.Entry.Status));
            }
            else if (city.Entry.IsUnapproved)
            {
                caption += " — " + _text.UnapprovedMark;
            }

            Write(Caption(caption));
            if (city.Indicators.Count == 0)
            {
                Write(Text(_text.NoEntries));
            }
            else
            {
                Write(Table(
                    [_text.Indicator, year.ToString(_text.Culture), (year - 1).ToString(_text.Culture), _text.Change],
                    [3.2, 1.1, 1.1, 1.6],
                    city.Indicators.Select(r => (IReadOnlyList<string>)
                    [
                        r.Unit.Length > 0 ? $"{r.Name}, {r.Unit}" : r.Name,
                        _text.Number(r.Value),
                        r.PreviousValue is { } p ? _text.Number(p) : "—",
                        _text.ChangeText(r),
                    ])));
            }

            Write(Heading("Heading2", _text.TasksQuestion(year + 1)));
            if (city.PlannedTasks.Count == 0)
            {
                Write(Text(_text.NoEntries));
            }

            var number = 0;
            foreach (var group in city.PlannedTasks)
            {
                if (group.Direction is { } direction)
                {
                    Write(Heading("Heading3", direction));
                }

                foreach (var task in group.Texts)
                {
                    Write(Text($"{++number}. {task.Trim()}"));
                }
            }
        }

        public void Finish(DigestSummary? summary)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            if (summary is not null)
            {
                WriteSummary(summary);
            }

            Write(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1418, Right = 850, Header = 709, Footer = 709, Gutter = 0 }));
            _writer.WriteEndElement();
            _writer.WriteEndElement();
            _writer.Close();
            _body.Dispose();
            _zip.Dispose();
        }

        public void Dispose()
        {
            if (!_finished)
            {
                _finished = true;
                _writer.Dispose();
                _body.Dispose();
                _zip.Dispose();
            }
        }

        private void WriteTitlePage()
        {
            var title = _header.Kind == DigestKind.Year ? _text.DigestTitle : _text.ReportTitle;
            Write(Centered(_text.Association, 28, bold: false, spaceBefore: 2400));
            Write(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }, new Justification { Val = JustificationValues.Center }), new Run(new Text(title))));
            if (_header.Kind == DigestKind.Report)
            {
                Write(Centered(_header.Entries[0].MunicipalityName, 32, bold: true, spaceBefore: 240));
            }

            Write(Centered(_text.YearLine(_header.Year), 32, bold: true, spaceBefore: 240));
            if (_header.RegionName is { } region)
            {
                Write(Centered(region, 28, bold: false, spaceBefore: 240));
            }

            Write(Centered(_text.MadeOn(_header.MadeOn), 22, bold: false, spaceBefore: 2400));
            if (_header.Kind == DigestKind.Year)
            {
                Write(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                WriteContents();
            }
        }

        /// <summary>
        /// A TOC field Word fills in on opening (settings ask it to update fields); until then, and in viewers
        /// that do not update fields, its cached result lists the cities without page numbers.
        /// </summary>
        private void WriteContents()
        {
            Write(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "ContentsHeading" }), new Run(new Text(_text.Contents))));
            if (_header.Entries.Count == 0)
            {
                Write(Text(_text.NoCities));
                return;
            }

            Write(new Paragraph(
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                new Run(new FieldCode(" TOC \\o \"1-1\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new Text(ContentsLine(_header.Entries[0])))));
            foreach (var entry in _header.Entries.Skip(1))
            {
                Write(Text(ContentsLine(entry)));
            }

            Write(new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
            if (_header.Entries.Any(e => e.IsUnapproved))
            {
                Write(Text(_text.UnapprovedNote));
            }
        }

        private string ContentsLine(DigestEntry entry) =>
            $"{entry.MunicipalityName} ({entry.RegionName})" + (entry.IsUnapproved ? $" — {_text.UnapprovedMark}" : string.Empty);

        private void WriteSummary(DigestSummary summary)
        {
            Write(Heading("Heading1", _text.Summary));
            if (summary.Rows.Count == 0)
            {
                Write(Text(_text.NoCities));
                return;
            }

            var header = new List<string> { _text.Municipality, _text.Population };
            header.AddRange(summary.Columns.Select(c => c.Unit.Length > 0 ? $"{c.Name}, {c.Unit}" : c.Name));
            var widths = new List<double> { 1.6, 1.0 };
            widths.AddRange(summary.Columns.Select(_ => 4.4 / Math.Max(1, summary.Columns.Count)));
            Write(Table(header, widths, summary.Rows.Select(r => Row(r, r.Values))));
            Write(Heading("Heading1", _text.SummaryPerTenThousand));
            Write(Table(header, widths, summary.Rows.Select(r => Row(r, r.PerTenThousand))));
            if (summary.Rows.Any(r => r.Entry.IsUnapproved))
            {
                Write(Text("* " + _text.UnapprovedNote));
            }

            IReadOnlyList<string> Row(DigestSummaryRow row, IReadOnlyList<decimal?> values)
            {
                var cells = new List<string>
                {
                    row.Entry.MunicipalityName + (row.Entry.IsUnapproved ? "*" : string.Empty),
                    row.Population is { } p ? _text.Number(p) : "—",
                };
                cells.AddRange(values.Select(v => v is { } value ? _text.Number(value) : "—"));
                return cells;
            }
        }

        private void Write(OpenXmlElement element) => _writer.WriteElement(element);

        private void WritePart(string name, string xml)
        {
            using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(xml);
        }

        private void WriteElementPart(string name, OpenXmlPartRootElement root)
        {
            using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            using var writer = OpenXmlWriter.Create(stream);
            writer.WriteStartDocument(true);
            writer.WriteElement(root);
        }

        private static IEnumerable<string> Paragraphs(string text) =>
            text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

        private static Paragraph Heading(string style, string text) =>
            new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

        private static Paragraph Text(string text) =>
            new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

        private static Paragraph Caption(string text) =>
            new(new ParagraphProperties(new ParagraphStyleId { Val = "TableCaption" }), new Run(new Text(text)));

        private static Paragraph Centered(string text, int halfPoints, bool bold, int spaceBefore)
        {
            var run = new RunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold)
            {
                run.PrependChild(new Bold());
            }

            return new Paragraph(
                new ParagraphProperties(
                    new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Justification { Val = JustificationValues.Center }),
                new Run(run, new Text(text)));
        }

        /// <summary>A bordered table with a bold, repeated header row; widths in centimetres.</summary>
        private static Table Table(IReadOnlyList<string> header, IReadOnlyList<double> widths, IEnumerable<IReadOnlyList<string>> rows)
        {
            static string Twips(double cm) => ((int)(cm * 567)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var table = new Table(
                new TableProperties(
                    new TableStyle { Val = "DigestTable" },
                    new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
                new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
            table.Append(Row(header, widths, bold: true));
            foreach (var row in rows)
            {
                table.Append(Row(row, widths, bold: false));
            }

            return table;

            static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, bool bold)
            {
                var row = new TableRow();
                if (bold)
                {
                    row.Append(new TableRowProperties(new TableHeader()));
                }

                for (var i = 0; i < cells.Count; i++)
                {
                    var run = new Run(new Text(cells[i]));
                    if (bold)
                    {
                        run.PrependChild(new RunProperties(new Bold()));
                    }

                    row.Append(new TableCell(
                        new TableCellProperties(new TableCellWidth { Width = Twips(i < widths.Count ? widths[i] : 1.5), Type = TableWidthUnitValues.Dxa }),
                        new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = i == 0 ? JustificationValues.Left : JustificationValues.Right }), run)));
                }

                return row;
            }
        }

        private static Styles DigestStyles()
        {
            var defaults = new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "22" },
                    new Languages { Val = "ru-RU" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto })));
            return new Styles(
                defaults,
                new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                ParagraphStyle("Title", "Title", 48, bold: true, outline: null, pageBreakBefore: false, spaceBefore: 480),
                ParagraphStyle("Heading1", "heading 1", 32, bold: true, outline: 0, pageBreakBefore: true, spaceBefore: 0),
                ParagraphStyle("Heading2", "heading 2", 26, bold: true, outline: 1, pageBreakBefore: false, spaceBefore: 240),
                ParagraphStyle("Heading3", "heading 3", 23, bold: true, outline: 2, pageBreakBefore: false, spaceBefore: 160),
                ParagraphStyle("ContentsHeading", "TOC Heading", 32, bold: true, outline: null, pageBreakBefore: false, spaceBefore: 0),
                ParagraphStyle("TableCaption", "Table Caption", 22, bold: true, outline: null, pageBreakBefore: false, spaceBefore: 200),
                new Style(new StyleName { Val = "Digest Table" }, new StyleTableProperties(new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
                { Type = StyleValues.Table, StyleId = "DigestTable" });
        }

        private static Style ParagraphStyle(string id, string name, int halfPoints, bool bold, int? outline, bool pageBreakBefore, int spaceBefore)
        {
            // Schema order: keepNext, pageBreakBefore, spacing, outlineLvl.
            var paragraph = new StyleParagraphProperties(new KeepNext());
            if (pageBreakBefore)
            {
                paragraph.Append(new PageBreakBefore());
            }

            paragraph.Append(new SpacingBetweenLines
            {
                Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture),
                After = "120",
            });

            if (outline is { } level)
            {
                paragraph.Append(new OutlineLevel { Val = level });
            }

            var run = new StyleRunProperties(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (bold)
            {
                run.PrependChild(new Bold());
            }

            return new Style(
                new StyleName { Val = name },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                paragraph,
                run)
            { Type = StyleValues.Paragraph, StyleId = id };
        }

        private static string CoreProperties(DigestHeader header)
        {
            var title = System.Security.SecurityElement.Escape(header.Kind == DigestKind.Year
                ? $"{header.Text.DigestTitle} {header.Year}"
                : $"{header.Text.ReportTitle}: {header.Entries[0].MunicipalityName}, {header.Year}");
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + $"<dc:title>{title}</dc:title><dc:creator>MunicipalPress</dc:creator><dc:language>{header.Text.Language}</dc:language>"
                + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{header.MadeOn:yyyy-MM-dd}T00:00:00Z</dcterms:created>"
                + "</cp:coreProperties>";
        }

        private const string ContentTypes =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>";

        private const string PackageRelationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "</Relationships>";

        private const string DocumentRelationships =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
            + "</Relationships>";
    }
}
