namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// What colleagues are noted for. With a <see cref="CitySlug"/> it is that city's own practice (taken from
/// its seed report) and is mentioned only from <see cref="FromYear"/>; without one it fits any city.
/// </summary>
internal sealed record DemoPeerPractice(string Text, string? CitySlug = null, int FromYear = 2000);
