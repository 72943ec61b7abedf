using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MunicipalPress.Application;
using MunicipalPress.Infrastructure;
using MunicipalPress.Infrastructure.Identity;
using MunicipalPress.Infrastructure.Persistence;
using MunicipalPress.Infrastructure.Postgres;
using MunicipalPress.Infrastructure.ScaleData;
using Serilog;
using Serilog.Events;

namespace MunicipalPress.Cli;

public static class CliApplication
{
    public const string Usage = """
        MunicipalPress command line

        Usage: MunicipalPress.Cli <command> [options]

        Commands:
          migrate                                   apply database migrations (and the demo data when
                                                    MunicipalPress__SeedDemoData=true), under the same
                                                    advisory lock as the app's start-up: safe beside replicas
          seed-demo                                 migrate and fill an empty database with the demo data
          create-admin --email E --password P       create an administrator account (no demo data needed)
          generate [--municipalities N] [--years N] [--indicators N] [--seed N]
                                                    add a large deterministic benchmark dataset (default 1000 × 10 × 50)
          import parse FILE [--json]                parse a report text file (UTF-8, UTF-16, Windows-1251);
                                                    --json prints one JSON object; needs no database (with
                                                    ConnectionStrings__MunicipalPress set, the municipality
                                                    is named as the catalogue names it); a compilation's
                                                    first report, with a warning
          import split FILE [--json]                the same for each city's report of a compilation:
                                                    --json prints {"reports": [ …one parse per city… ]}
          import apply FILE... [--municipality ID] [--year N] [--replace] [--dry-run]
                                                    create (or fill) each file's draft as the operator; the
                                                    city is found by the name in the text unless --municipality
                                                    is given; submitted and approved reports are never touched;
                                                    a draft with content only with --replace; one line per
                                                    file (per city of a compilation) on stdout; exit code 1
                                                    when any file failed
          backup --out FILE                         pg_dump the database to FILE (custom format)
          restore --from FILE                       pg_restore FILE into the database, which must be empty
                                                    (exit code 4 when it is not); all or nothing

        Exit codes: 0 done, 1 failed, 2 wrong usage, 3 no PostgreSQL (binaries or server), 4 restore target not empty.

        The database is ConnectionStrings__MunicipalPress; without it, the embedded PostgreSQL under
        MunicipalPress__DataDirectory (default .data) is started for the command.
        """;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out);

    /// <summary>
    /// Runs a command, writing its results to <paramref name="output"/> (logs go to stderr). <paramref name="settings"/>
    /// override the environment's configuration: tests point the command at their own database with them.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Usage);
            return args.Length == 0 ? 1 : 0;
        }

        var command = args[0];
        var applyImport = command == "import" && args.Length > 1 && args[1] == "apply";
        if (command == "import" && !applyImport)
        {
            return await ImportCommands.RunAsync(args[1..]);
        }

        var options = CliOptions.Parse(args.Skip(1));
        if (command is not ("migrate" or "seed-demo" or "create-admin" or "generate" or "import" or "backup" or "restore"))
        {
            Console.Error.WriteLine($"Unknown command '{command}'.\n\n{Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var serilog = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
            .CreateLogger();
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSerilog(serilog, dispose: true));

        EmbeddedPostgresServer? embedded = null;
        try
        {
            if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(MunicipalPress.Infrastructure.DependencyInjection.ConnectionStringName)))
            {
                embedded = EmbeddedPostgresServer.Start(
                    new EmbeddedPostgresOptions(Path.Combine(configuration["MunicipalPress:DataDirectory"] ?? ".data", "postgres")),
                    loggerFactory.CreateLogger("EmbeddedPostgres"));
                configuration[$"ConnectionStrings:{MunicipalPress.Infrastructure.DependencyInjection.ConnectionStringName}"] = embedded.EnsureDatabase("municipalpress");
            }

            var connectionString = configuration.GetConnectionString(MunicipalPress.Infrastructure.DependencyInjection.ConnectionStringName)!;
            if (command is "backup" or "restore")
            {
                return command == "backup"
                    ? await BackupCommands.BackupAsync(configuration, connectionString, options)
                    : await BackupCommands.RestoreAsync(configuration, connectionString, options);
            }

            await using var services = BuildServices(configuration, serilog);
            await using var scope = services.CreateAsyncScope();
            var exitCode = command switch
            {
                // The deployment's one-shot migration job (docker-compose.yml) seeds the demo data only when asked.
                "migrate" => await MigrateAsync(scope.ServiceProvider, seed: configuration.GetValue<bool>("MunicipalPress:SeedDemoData")),
                "generate" => await GenerateAsync(scope.ServiceProvider, options),
                "seed-demo" => await MigrateAsync(scope.ServiceProvider, seed: true),
                "import" => await ImportCommands.ApplyAsync(scope.ServiceProvider, options, output),
                _ => await CreateAdminAsync(scope.ServiceProvider, options),
            };

            // An import changes reports that may be open in the portal: its forms hear of it before the Cli exits.
            await services.GetRequiredService<MunicipalPress.Infrastructure.Notifications.PostgresReportChangeNotifier>().FlushAsync();
            return exitCode;
        }
        catch (EmbeddedPostgresException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 3;
        }
        catch (Npgsql.NpgsqlException ex) when (command is "backup" or "restore")
        {
            Console.Error.WriteLine($"Cannot reach the database: {ex.Message}");
            return 3;
        }
        finally
        {
            embedded?.Stop();
        }
    }

    internal static ServiceProvider BuildServices(IConfiguration configuration, Serilog.ILogger serilog)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddSerilog(serilog));
        services.AddApplication();
        services.AddInfrastructure(configuration);
        // Changes are announced to the portal's instances over NOTIFY (sent by FlushAsync; the Cli does not listen).
        services.AddReportChangesAcrossInstances(configuration);
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MunicipalPressDbContext>();
        return services.BuildServiceProvider();
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, bool seed)
    {
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        if (seed)
        {
            await initializer.MigrateAndSeedDemoDataAsync();
        }
        else
        {
            await initializer.MigrateAsync();
        }

        Console.Error.WriteLine(seed ? "Database migrated and demo data present." : "Database migrated.");
        return 0;
    }

    private static async Task<int> GenerateAsync(IServiceProvider services, CliOptions options)
    {
        int Number(string name, int fallback, int max)
        {
            var text = options.Get(name);
            return text is null ? fallback
                : int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max ? value
                : throw new ArgumentException($"--{name} must be a whole number from 1 to {max}.");
        }

        ScaleDataOptions scale;
        try
        {
            scale = new ScaleDataOptions(
                Number("municipalities", 1_000, 100_000),
                Number("years", 10, 30),
                Number("indicators", 50, 500),
                Seed: Number("seed", 20161, int.MaxValue));
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await services.GetRequiredService<ScaleDataGenerator>().GenerateAsync(scale);
        Console.Error.WriteLine($"Generated {scale.Municipalities} municipalities × {scale.Years} years × {scale.Indicators} indicators in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, CliOptions options)
    {
        var email = options.Get("email");
        var password = options.Get("password");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            Console.Error.WriteLine("create-admin needs --email and --password.");
            return 2;
        }

        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var accounts = services.GetRequiredService<AdministratorAccounts>();
        var errors = await accounts.CreateAsync(email, password, options.Get("name"));
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            return 1;
        }

        Console.Error.WriteLine($"Administrator {email} created.");
        return 0;
    }
}
