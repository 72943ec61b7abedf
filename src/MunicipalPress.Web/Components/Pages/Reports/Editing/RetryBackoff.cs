namespace MunicipalPress.Web.Components.Pages.Reports.Editing;

/// <summary>Pauses between attempts of a failed save: 2, 4, 8, 16 seconds, then every 30.</summary>
public static class RetryBackoff
{
    private static readonly int[] Seconds = [2, 4, 8, 16, 30];

    /// <param name="attempt">1 for the first retry.</param>
    public static TimeSpan Delay(int attempt) =>
        TimeSpan.FromSeconds(Seconds[Math.Clamp(attempt, 1, Seconds.Length) - 1]);
}
