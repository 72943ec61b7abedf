namespace MunicipalPress.Application.Imports;

/// <summary>Body of POST /api/v1/imports/split: one parse per report the text holds, in the text's order.</summary>
public sealed record ImportSplitDto(IReadOnlyList<ImportPreviewDto> Reports);
