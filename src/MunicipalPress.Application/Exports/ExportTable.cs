namespace MunicipalPress.Application.Exports;

/// <summary>
/// A table to export: a header row and data rows whose cells are text, numbers (decimal) or empty (null:
/// a missing value stays an empty cell, never zero).
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
