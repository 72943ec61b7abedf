namespace MunicipalPress.Infrastructure.Postgres;

/// <summary>How a PostgreSQL client tool ended: its exit code and what it printed.</summary>
public sealed record ToolResult(int ExitCode, string Output);
