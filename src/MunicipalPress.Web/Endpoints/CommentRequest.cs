namespace MunicipalPress.Web.Endpoints;

/// <summary>Body of POST …/return and …/comments.</summary>
public sealed record CommentRequest(string? Comment);
