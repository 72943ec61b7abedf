using MunicipalPress.Application.Digests;
using MunicipalPress.Domain.Reports;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// The digest as a PDF with PDFsharp 6.2.4 (MIT) and embedded DejaVu Sans. Contents pages are reserved after the
/// title page (their number follows from the count of cities) and filled in at the end with each city's page,
/// and every city, the contents and the summary are bookmarks. PDFsharp keeps a document's pages until it is
/// saved, so the PDF goes out at the end; the cities' texts are not kept, only the drawn pages.
/// </summary>
public sealed class PdfSharpDigestWriter : IDigestWriter
{
    public DigestFormat Format => DigestFormat.Pdf;

    public IDigestDocument Begin(Stream output, DigestHeader header)
    {
        DigestFontResolver.EnsureRegistered();
        return new Document(output, header);
    }

    private sealed class Document : IDigestDocument
    {
        private const double ContentsSize = 9.5;
        private readonly Stream _output;
        private readonly DigestHeader _header;
        private readonly DigestText _text;
        private readonly PdfDocument _pdf;
        private readonly PdfFlow _flow;
        private readonly List<PdfPage> _contentsPages = [];
        private readonly List<(string Line, int Page)> _contents = [];
        private bool _finished;

        public Document(Stream output, DigestHeader header)
        {
            _output = output;
            _header = header;
            _text = header.Text;
            _pdf = new PdfDocument();
            _pdf.Info.Title = header.Kind == DigestKind.Year
                ? $"{_text.DigestTitle} {header.Year}"
                : $"{_text.ReportTitle}: {header.Entries[0].MunicipalityName}, {header.Year}";
            _pdf.Info.Creator = "MunicipalPress";
            _pdf.Options.CompressContentStreams = true;
            _flow = new PdfFlow(_pdf);
            WriteTitlePage();
            if (header.Kind == DigestKind.Year)
            {
                ReserveContents();
            }
        }

        public void WriteCity(DigestCity city)
        {
            var year = _header.Year;
            var page = _flow.NewPage();
            var contentsLine = $"{city.Entry.MunicipalityName} ({city.Entry.RegionName})" + (city.Entry.IsUnapproved ? $" — {_text.UnapprovedMark}" : string.Empty);
            _contents.Add((contentsLine, _pdf.PageCount));
            _pdf.Outlines.Add(city.Entry.MunicipalityName, page);

            _flow.Paragraph(_text.CityHeading(city.Entry.MunicipalityName), _flow.Font(16, bold: true), spaceAfter: 8);
            Heading(_text.AchievementsQuestion(year));
            if (city.Achievements.Count == 0)
            {
                Body(_text.NoEntries);
            }

            foreach (var group in city.Achievements)
            {
                if (group.Direction is { } direction)
                {
                    _flow.Paragraph(direction, _flow.Font(10.5, bold: true), spaceBefore: 6, spaceAfter: 3, keepWith: 14);
                }

                foreach (var paragraph in group.Texts.SelectMany(t => t.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
                {
                    Body(paragraph);
                }
            }

            var caption = _text.IndicatorsHeading(year);
            if (_header.Kind == DigestKind.Report && city.Entry.Status != ReportStatus.Approved)
            {
                caption += " — " + _text.ReportStatusNote(_text.StatusName(city.Entry.Status));
            }
            else if (city.Entry.IsUnapproved)
            {
                caption += " — " + _text.UnapprovedMark;
            }

            _flow.Paragraph(caption, _flow.Font(10.5, bold: true), spaceBefore: 8, spaceAfter: 4, keepWith: 30);
            if (city.Indicators.Count == 0)
            {
                Body(_text.NoEntries);
            }
            else
            {
                _flow.Table(
                    [3.4, 1, 1, 1.5],
                    [_text.Indicator, year.ToString(_text.Culture), (year - 1).ToString(_text.Culture), _text.Change],
                    city.Indicators.Select(r => (IReadOnlyList<string>)
                    [
                        r.Unit.Length > 0 ? $"{r.Name}, {r.Unit}" : r.Name,
                        _text.Number(r.Value),
                        r.PreviousValue is { } p ? _text.Number(p) : "—",
                        _text.ChangeText(r),
                    ]),
                    8.5);
            }

            Heading(_text.TasksQuestion(year + 1));
            if (city.PlannedTasks.Count == 0)
            {
                Body(_text.NoEntries);
            }

            var number = 0;
            foreach (var group in city.PlannedTasks)
            {
                if (group.Direction is { } direction)
                {
                    _flow.Paragraph(direction, _flow.Font(10.5, bold: true), spaceBefore: 6, spaceAfter: 3, keepWith: 14);
                }

                foreach (var task in group.Texts)
                {
                    Body($"{++number}. {task.Trim()}");
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

            _flow.Dispose();
            if (_header.Kind == DigestKind.Year)
            {
                FillContents();
            }

            _pdf.Save(_output, closeStream: false);
        }

        public void Dispose()
        {
            _flow.Dispose();
            _pdf.Dispose();
        }

        private void Heading(string text) =>
            _flow.Paragraph(text, _flow.Font(12, bold: true), spaceBefore: 10, spaceAfter: 6, keepWith: 30);

        private void Body(string text) => _flow.Paragraph(text, _flow.Font(10), spaceAfter: 4);

        private void WriteTitlePage()
        {
            _flow.NewPage();
            _flow.Y = 200;
            var title = _header.Kind == DigestKind.Year ? _text.DigestTitle : _text.ReportTitle;
            _flow.Paragraph(_text.Association, _flow.Font(14), spaceAfter: 16, centred: true);
            _flow.Paragraph(title, _flow.Font(22, bold: true), spaceAfter: 20, centred: true);
            if (_header.Kind == DigestKind.Report)
            {
                _flow.Paragraph(_header.Entries[0].MunicipalityName, _flow.Font(16, bold: true), spaceAfter: 10, centred: true);
            }

            _flow.Paragraph(_text.YearLine(_header.Year), _flow.Font(16, bold: true), spaceAfter: 10, centred: true);
            if (_header.RegionName is { } region)
            {
                _flow.Paragraph(region, _flow.Font(14), spaceAfter: 10, centred: true);
            }

            _flow.Y = PdfFlow.Bottom - 60;
            _flow.Paragraph(_text.MadeOn(_header.MadeOn), _flow.Font(11), centred: true);
        }

        private double ContentsLineHeight => _flow.Font(ContentsSize).GetHeight() * 1.3;

        /// <summary>Lines on the first contents page (under the heading) and on the next ones.</summary>
        private (int First, int Next) ContentsCapacity()
        {
            var usable = PdfFlow.Bottom - PdfFlow.Top;
            return ((int)((usable - 40) / ContentsLineHeight), (int)(usable / ContentsLineHeight));
        }

        private void ReserveContents()
        {
            // The cities, the two summary tables and the note on unapproved reports.
            var lines = _header.Entries.Count + 3;
            var (first, next) = ContentsCapacity();
            var pages = 1 + (lines > first ? (int)Math.Ceiling((lines - first) / (double)next) : 0);
            for (var i = 0; i < pages; i++)
            {
                _contentsPages.Add(_flow.NewPage());
            }

            _pdf.Outlines.Add(_text.Contents, _contentsPages[0]);
        }

        private void FillContents()
        {
            var (first, next) = ContentsCapacity();
            var font = _flow.Font(ContentsSize);
            var pageIndex = 0;
            var graphics = XGraphics.FromPdfPage(_contentsPages[0]);
            try
            {
                graphics.DrawString(_text.Contents, _flow.Font(16, bold: true), XBrushes.Black, new XRect(PdfFlow.Left, PdfFlow.Top, PdfFlow.Width, 24), XStringFormats.TopLeft);
                var y = PdfFlow.Top + 40;
                var left = first;
                var lines = _contents.ToList();
                if (_header.Entries.Count == 0)
                {
                    lines.Insert(0, (_text.NoCities, 0));
                }

                if (_header.Entries.Any(e => e.IsUnapproved))
                {
                    lines.Add((_text.UnapprovedNote, 0));
                }

                foreach (var (line, page) in lines)
                {
                    if (left == 0 && pageIndex + 1 < _contentsPages.Count)
                    {
                        graphics.Dispose();
                        graphics = XGraphics.FromPdfPage(_contentsPages[++pageIndex]);
                        y = PdfFlow.Top;
                        left = next;
                    }

                    var number = page > 0 ? page.ToString(_text.Culture) : string.Empty;
                    var numberWidth = graphics.MeasureString(number, font).Width;
                    var text = Fit(graphics, line, font, PdfFlow.Width - numberWidth - 16);
                    graphics.DrawString(text, font, XBrushes.Black, new XRect(PdfFlow.Left, y, PdfFlow.Width, ContentsLineHeight), XStringFormats.TopLeft);
                    if (number.Length > 0)
                    {
                        graphics.DrawString(number, font, XBrushes.Black, new XRect(PdfFlow.Right - numberWidth, y, numberWidth, ContentsLineHeight), XStringFormats.TopLeft);
                    }

                    y += ContentsLineHeight;
                    left--;
                }
            }
            finally
            {
                graphics.Dispose();
            }
        }

        private static string Fit(XGraphics graphics, string text, XFont font, double width)
        {
            if (graphics.MeasureString(text, font).Width <= width)
            {
                return text;
            }

            var cut = text.Length;
            while (cut > 1 && graphics.MeasureString(text[..cut] + "…", font).Width > width)
            {
                cut--;
            }

            return text[..cut] + "…";
        }

        private void WriteSummary(DigestSummary summary)
        {
            Section(_text.Summary);
            if (summary.Rows.Count == 0)
            {
                Body(_text.NoCities);
                return;
            }

            var header = new List<string> { _text.Municipality, _text.Population };
            header.AddRange(summary.Columns.Select(c => c.Unit.Length > 0 ? $"{c.Name}, {c.Unit}" : c.Name));
            var widths = new List<double> { 1.7, 1.1 };
            widths.AddRange(summary.Columns.Select(_ => 1.0));
            _flow.Table(widths, header, summary.Rows.Select(r => Row(r, r.Values)), 7.5);
            Section(_text.SummaryPerTenThousand);
            _flow.Table(widths, header, summary.Rows.Select(r => Row(r, r.PerTenThousand)), 7.5);
            if (summary.Rows.Any(r => r.Entry.IsUnapproved))
            {
                Body("* " + _text.UnapprovedNote);
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

        private void Section(string title)
        {
            var page = _flow.NewPage();
            _contents.Add((title, _pdf.PageCount));
            _pdf.Outlines.Add(title, page);
            _flow.Paragraph(title, _flow.Font(16, bold: true), spaceAfter: 8);
        }
    }
}
