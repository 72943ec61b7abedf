namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// A template for a generated achievement: placeholders such as «{press_releases|…|…|…}» are filled from the
/// report's figures (see <see cref="DemoText"/>), so the phrase is used only when those figures exist.
/// A <see cref="Once"/> phrase tells of a one-off step (a new website) and is used at most once per city.
/// </summary>
internal sealed record DemoPhrase(string Direction, string Text, int FromYear = 2000, int ToYear = 2100, bool Once = false);
