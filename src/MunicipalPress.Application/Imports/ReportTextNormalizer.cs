using System.Globalization;
using System.Text;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// Brings the text to one shape before anything reads it: LF line breaks, one kind of space (non-breaking and
/// narrow spaces are how Word separates digit groups: «146 531»), composed Cyrillic letters, no invisible
/// characters, and hard-wrapped lines (e-mail) joined back into paragraphs.
/// </summary>
internal static class ReportTextNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
                continue;
            }

            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    continue;
                case '\n' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v':
                    builder.Append('\n');
                    continue;
                case '\t':
                    // Kept: a tab separates a table's cells (ReportTableReader); the parser turns the others into spaces.
                    builder.Append('\t');
                    continue;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    continue;
                case '\u0306' or '\u0308' when builder.Length > 0 && Compose(builder[^1], c) is { } composed:
                    builder[^1] = composed;
                    continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.SpaceSeparator)
            {
                builder.Append(' ');
            }
            else if (category == UnicodeCategory.Control)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        UnwrapHardLineBreaks(builder);
        return builder.ToString();
    }

    /// <summary>Й, Ё, Ї typed as a base letter plus a combining mark (some converters do that).</summary>
    private static char? Compose(char letter, char mark) => (letter, mark) switch
    {
        ('и', '\u0306') => 'й',
        ('И', '\u0306') => 'Й',
        ('у', '\u0306') => 'ў',
        ('е', '\u0308') => 'ё',
        ('Е', '\u0308') => 'Ё',
        ('і', '\u0308') => 'ї',
        ('І', '\u0308') => 'Ї',
        _ => null,
    };

    /// <summary>
    /// A line break inside a sentence (the line does not end a sentence or a heading and the next one goes on
    /// in lower case) is a wrap, not a paragraph. Replacing it by a space keeps every offset.
    /// </summary>
    private static void UnwrapHardLineBreaks(StringBuilder text)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '\n' || text[i - 1] == '\n')
            {
                continue;
            }

            var before = i - 1;
            while (before > 0 && text[before] == ' ')
            {
                before--;
            }

            var after = i + 1;
            while (after < text.Length - 1 && text[after] == ' ')
            {
                after++;
            }

            var endsSentence = text[before] is '.' or '!' or '?' or ':' or ';' or '\n';
            if (!endsSentence && text[after] != '\n' && char.IsLower(text[after]))
            {
                text[i] = ' ';
            }
        }
    }
}
