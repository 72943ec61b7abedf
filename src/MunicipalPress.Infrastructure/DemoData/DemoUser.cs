namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>A demo account; <see cref="CitySlug"/> binds a press officer to a city.</summary>
public sealed record DemoUser(string Email, string DisplayName, string Role, string? CitySlug);
