namespace MunicipalPress.Infrastructure.Postgres;

/// <param name="DataDirectory">Where the cluster lives (created and initialised on first start).</param>
/// <param name="ServerSettings">Extra <c>-c name=value</c> settings, such as <c>fsync=off</c> for tests.</param>
/// <param name="BinDirectory">PostgreSQL's bin folder; found automatically when null.</param>
public sealed record EmbeddedPostgresOptions(
    string DataDirectory,
    IReadOnlyList<string>? ServerSettings = null,
    string? BinDirectory = null);
