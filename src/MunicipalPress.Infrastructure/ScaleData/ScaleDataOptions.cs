namespace MunicipalPress.Infrastructure.ScaleData;

/// <summary>Size of a generated benchmark dataset.</summary>
public sealed record ScaleDataOptions(
    int Municipalities = 1_000,
    int Years = 10,
    int Indicators = 50,
    int AchievementsPerReport = 3,
    int TasksPerReport = 2,
    int Seed = 20161);
