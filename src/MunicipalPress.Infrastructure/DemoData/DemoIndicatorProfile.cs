namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// How the generator invents one indicator's figures. <see cref="Base"/> is the 2016 value for a city of
/// 100 000 people when <see cref="ScalesWithPopulation"/>, otherwise a level any city has (bulletins a year,
/// a share in percent). <see cref="Growth"/> is a typical yearly change at the start, which
/// <see cref="Decay"/> slows year by year. <see cref="Coverage"/> is the share of cities that report it at all.
/// Cumulative figures (followers, accounts) never go down.
/// </summary>
internal sealed record DemoIndicatorProfile(
    string Code,
    double Base,
    double Growth,
    double Decay = 1.0,
    int FromYear = 2016,
    double Coverage = 0.6,
    bool ScalesWithPopulation = true,
    bool Cumulative = false,
    bool AlsoInUkraine = false);
