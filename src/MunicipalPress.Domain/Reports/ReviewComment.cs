namespace MunicipalPress.Domain.Reports;

public class ReviewComment
{
    public const int TextMaxLength = 5_000;
    public const int AuthorMaxLength = 256;

    private ReviewComment()
    {
        AuthorId = string.Empty;
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    internal ReviewComment(string authorId, string authorName, string text, DateTimeOffset createdAt)
    {
        AuthorId = authorId;
        AuthorName = authorName;
        Text = text;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public string AuthorId { get; private set; }

    public string AuthorName { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
