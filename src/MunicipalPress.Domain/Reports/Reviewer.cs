namespace MunicipalPress.Domain.Reports;

/// <summary>Who writes a review comment or takes a workflow step.</summary>
public sealed record Reviewer(string Id, string Name);
