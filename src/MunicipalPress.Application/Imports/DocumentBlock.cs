namespace MunicipalPress.Application.Imports;

/// <summary>A block of a document as a reader finds it, before <see cref="ReportDocumentComposer"/> writes it as text.</summary>
public abstract record DocumentBlock;

/// <summary>How a paragraph stands in the document.</summary>
public enum DocumentParagraphKind
{
    Text,

    /// <summary>A heading style, or a short paragraph in bold only: a direction.</summary>
    Heading,

    /// <summary>An item of a numbered or bulleted list (<see cref="DocumentParagraph.ListMarker"/>).</summary>
    ListItem,
}

/// <param name="Text">The paragraph's text; line breaks inside it as '\n'.</param>
/// <param name="ListMarker">For a list item: «1.», «2)», «а)» or «•».</param>
public sealed record DocumentParagraph(string Text, DocumentParagraphKind Kind = DocumentParagraphKind.Text, string? ListMarker = null)
    : DocumentBlock;

/// <summary>A table, row by row (the header row first), each cell's text on one line.</summary>
public sealed record DocumentTable(IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
