namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>A planned task for the next year, offered to reports of years <see cref="FromYear"/>..<see cref="ToYear"/>.</summary>
internal sealed record DemoTaskPhrase(string Text, int FromYear = 2000, int ToYear = 2100);
