namespace MunicipalPress.Testing;

/// <summary>Waiting in tests for a condition, not for a length of time: poll it until it holds or the time is up.</summary>
public static class Eventually
{
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within, string failure, int pollMilliseconds = 50)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new Xunit.Sdk.XunitException(failure);
            }

            await Task.Delay(pollMilliseconds);
        }
    }
}
