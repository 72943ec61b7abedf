namespace MunicipalPress.Infrastructure.Postgres;

public sealed class EmbeddedPostgresException(string message) : Exception(message);
