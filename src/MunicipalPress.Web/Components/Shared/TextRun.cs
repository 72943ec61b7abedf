namespace MunicipalPress.Web.Components.Shared;

/// <summary>A piece of a narrative: plain text, or a figure (a number, with its percent sign) to highlight.</summary>
public sealed record TextRun(string Text, bool IsFigure);
