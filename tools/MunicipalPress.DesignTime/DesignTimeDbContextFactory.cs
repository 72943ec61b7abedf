using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using MunicipalPress.Infrastructure.Persistence;

namespace MunicipalPress.DesignTime;

/// <summary>Lets `dotnet ef migrations add` build the model; it never connects to this connection string.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MunicipalPressDbContext>
{
    public MunicipalPressDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MunicipalPressDbContext>()
            .UseNpgsql(
                "Host=127.0.0.1;Database=municipalpress_design;Username=postgres",
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .Options;
        return new MunicipalPressDbContext(options);
    }
}
