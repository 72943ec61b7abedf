namespace MunicipalPress.Application.Reports;

public sealed record ReviewCommentDto(int Id, string AuthorName, string Text, DateTimeOffset CreatedAt);
