namespace MunicipalPress.Web.Components.Pages.Imports;

/// <summary>A piece of the report's text: plain, or the number of figure <see cref="Figure"/> (an index).</summary>
public sealed record SourceRun(string Text, int? Figure);
