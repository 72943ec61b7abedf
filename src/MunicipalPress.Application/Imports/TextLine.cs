namespace MunicipalPress.Application.Imports;

/// <summary>A line of the normalised text, trimmed; <see cref="Start"/> is the offset of its first character.</summary>
internal readonly record struct TextLine(int Start, string Text)
{
    public bool IsBlank => Text.Length == 0;

    public static IReadOnlyList<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var from = start;
            var to = end;
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            lines.Add(new TextLine(from, text[from..to]));
            start = end + 1;
        }

        return lines;
    }
}
