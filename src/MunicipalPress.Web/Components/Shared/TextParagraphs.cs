namespace MunicipalPress.Web.Components.Shared;

/// <summary>
/// Splits a narrative as the press officer typed or pasted it into paragraphs: every line break starts a
/// new paragraph (the seed reports use single and double breaks alike), blank lines are dropped.
/// </summary>
public static class TextParagraphs
{
    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.ReplaceLineEndings("\n")
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
