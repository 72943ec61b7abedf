namespace MunicipalPress.Application.Imports;

/// <summary>A file's text and the encoding it was read in (a web name such as «utf-8» or «windows-1251»).</summary>
public sealed record DecodedReportText(string Text, string EncodingName);
