namespace MunicipalPress.Web.Components.Ui;

/// <summary>One page of rows and how many there are in all.</summary>
public sealed record PageResult<T>(IReadOnlyList<T> Items, int Total);
