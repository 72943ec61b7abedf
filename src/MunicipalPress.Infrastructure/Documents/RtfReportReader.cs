using System.Text;

namespace MunicipalPress.Infrastructure.Documents;

/// <summary>
/// A plain reading of RTF: the text of the document's groups, with \par as a paragraph, \line as a line break,
/// \cell and \row as a table's tabs and rows, \'hh in the document's code page (Windows-1251 unless it says
/// otherwise) and \uN as Unicode. Font and colour tables, pictures, headers, footers, footnotes and other
/// «\*» destinations are skipped. Formatting (headings, lists) is not read: the text parses as a .txt would.
/// </summary>
internal static class RtfReportReader
{
    private static readonly HashSet<string> SkippedDestinations =
    [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer", "footerl",
        "footerr", "footerf", "footnote", "object", "themedata", "colorschememapping", "latentstyles", "datastore",
        "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator", "filetbl", "revtbl", "fldinst", "shpinst",
        "nonshppict", "annotation", "atnid", "atnauthor", "bkmkstart", "bkmkend", "deleted",
    ];

    public static string Read(byte[] data)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(1251);
        var text = new StringBuilder();
        var bytes = new List<byte>();
        var stack = new Stack<(bool Skip, int UnicodeSkip)>();
        var skip = false;
        var unicodeSkip = 1;
        var pendingSkip = 0;

        void FlushBytes()
        {
            if (bytes.Count > 0)
            {
                if (!skip)
                {
                    text.Append(encoding.GetString(bytes.ToArray()));
                }

                bytes.Clear();
            }
        }

        for (var i = 0; i < data.Length; i++)
        {
            var c = (char)data[i];
            if (c == '{')
            {
                FlushBytes();
                stack.Push((skip, unicodeSkip));
                if (stack.Count > 500)
                {
                    throw new InvalidDataException("The RTF nests too deep.");
                }

                continue;
            }

            if (c == '}')
            {
                FlushBytes();
                if (stack.Count > 0)
                {
                    (skip, unicodeSkip) = stack.Pop();
                }

                continue;
            }

            if (c == '\\' && i + 1 < data.Length)
            {
                var next = (char)data[i + 1];
                if (next == '\'' && i + 3 < data.Length)
                {
                    if (pendingSkip > 0)
                    {
                        pendingSkip--;
                    }
                    else
                    {
                        bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(data, i + 2, 2), 16));
                    }

                    i += 3;
                    continue;
                }

                FlushBytes();
                if (next is '\\' or '{' or '}')
                {
                    if (!skip)
                    {
                        text.Append(next);
                    }

                    i++;
                    continue;
                }

                if (next == '*')
                {
                    skip = true;
                    i++;
                    continue;
                }

                if (!char.IsAsciiLetter(next))
                {
                    if (!skip && next == '~')
                    {
                        text.Append(' ');
                    }

                    i++;
                    continue;
                }

                var start = i + 1;
                var end = start;
                while (end < data.Length && char.IsAsciiLetter((char)data[end]))
                {
                    end++;
                }

                var word = Encoding.ASCII.GetString(data, start, end - start);
                var numberStart = end;
                if (end < data.Length && data[end] == '-')
                {
                    end++;
                }

                while (end < data.Length && char.IsAsciiDigit((char)data[end]))
                {
                    end++;
                }

                int? parameter = end > numberStart && int.TryParse(Encoding.ASCII.GetString(data, numberStart, end - numberStart), out var p) ? p : null;
                if (end < data.Length && data[end] == ' ')
                {
                    end++;
                }

                i = end - 1;
                switch (word)
                {
                    case "ansicpg" when parameter is { } codePage and > 0:
                        try
                        {
                            encoding = Encoding.GetEncoding(codePage);
                        }
                        catch (ArgumentException)
                        {
                        }
                        catch (NotSupportedException)
                        {
                        }

                        break;
                    case "uc":
                        unicodeSkip = parameter ?? 1;
                        break;
                    case "u" when parameter is { } code:
                        if (!skip)
                        {
                            text.Append((char)(code < 0 ? code + 65536 : code));
                        }

                        pendingSkip = unicodeSkip;
                        break;
                    case "par" or "sect" or "page" when !skip:
                        text.Append("\n\n");
                        break;
                    case "line" when !skip:
                        text.Append('\n');
                        break;
                    case "tab" when !skip:
                        text.Append(' ');
                        break;
                    case "cell" when !skip:
                        text.Append('\t');
                        break;
                    case "row" when !skip:
                        text.Append('\n');
                        break;
                    case "emdash" when !skip:
                        text.Append('—');
                        break;
                    case "endash" when !skip:
                        text.Append('–');
                        break;
                    case "bullet" when !skip:
                        text.Append('•');
                        break;
                    case "lquote" or "rquote" when !skip:
                        text.Append('’');
                        break;
                    case "ldblquote" when !skip:
                        text.Append('«');
                        break;
                    case "rdblquote" when !skip:
                        text.Append('»');
                        break;
                    default:
                        if (SkippedDestinations.Contains(word))
                        {
                            skip = true;
                        }

                        break;
                }

                continue;
            }

            if (c is '\r' or '\n')
            {
                continue;
            }

            if (pendingSkip > 0)
            {
                pendingSkip--;
                continue;
            }

            bytes.Add(data[i]);
        }

        FlushBytes();
        // Rows end in a cell mark: drop the tab before each row's end, and blank lines inside a table.
        return text.ToString().Replace("\t\n", "\n");
    }
}
