namespace MunicipalPress.Api.Tests;

/// <summary>
/// Test classes that read what the app logged through a sink of their own. Serilog's hosting integration makes each
/// app's logger the process-wide <c>Log.Logger</c>, so an app started by another class at the same moment can take
/// the events; these classes run on their own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StaticLoggerCollection
{
    public const string Name = "Reads the app's log";
}
