using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace MunicipalPress.Infrastructure.ScaleData;

/// <summary>
/// Fills a migrated database with a large, deterministic dataset for benchmarks (`cli generate`):
/// municipalities × years of approved reports, every report with a value for every generated indicator,
/// plus narratives built from a phrase pool (so full-text search has realistic work). Reference rows go
/// through EF; the bulk (reports, values, texts) through PostgreSQL's binary COPY.
/// </summary>
public sealed class ScaleDataGenerator(IDbContextFactory<MunicipalPressDbContext> dbFactory, ILogger<ScaleDataGenerator> logger)
{
    public const int FirstYear = 2016;

    private static readonly string[] Directions =
    [
        "Взаимодействие со СМИ", "Официальный сайт", "Работа в социальных сетях", "Обратная связь с жителями",
        "Инцидент-менеджмент", "Доступ к информации", "Мероприятия",
    ];

    private static readonly string[] Phrases =
    [
        "Подготовлено {0} пресс-релизов о работе администрации.", "На сайте размещено {0} фоторепортажей с городских событий.",
        "Проведено {0} выездных мероприятий с участием руководителей.", "Организовано {0} пресс-подходов для журналистов.",
        "Число подписчиков в социальных сетях выросло до {0}.", "По системе Инцидент-менеджмента даны ответы на {0} сообщений жителей.",
        "Получено и рассмотрено {0} запросов на публичную информацию.", "В СМИ опубликовано {0} материалов о деятельности администрации.",
        "Мэр города провёл {0} прямых эфиров в социальных сетях.", "Запущен новый раздел сайта о благоустройстве дворов.",
        "Проведены публичные отчёты руководителей перед жителями.", "Создан муниципальный центр управления для работы с обращениями.",
        "Выпущено {0} сборников нормативных правовых актов.", "Сайт администрации переведён на новую платформу с мобильной версией.",
        "Организованы горячие линии по вопросам отопления и транспорта.", "Жители активно участвовали в голосовании за проекты благоустройства.",
    ];

    private static readonly string[] TaskPhrases =
    [
        "Повысить информационную открытость органов местного самоуправления.", "Увеличить охват официальных аккаунтов в социальных сетях.",
        "Запустить новую версию официального сайта.", "Сократить срок ответа на сообщения жителей.",
        "Провести серию публичных отчётов руководителей.", "Развивать работу с инцидент-менеджментом.",
    ];

    public async Task GenerateAsync(ScaleDataOptions options, CancellationToken cancellationToken = default)
    {
        var random = new Random(options.Seed);
        var lastYear = FirstYear + options.Years - 1;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        logger.LogInformation(
            "Generating {Municipalities} municipalities × {Years} years × {Indicators} indicators",
            options.Municipalities, options.Years, options.Indicators);
        var regions = Enumerable.Range(1, 20).Select(i => new Region($"Регион нагрузки {i:00}", "RU")).ToList();
        db.Regions.AddRange(regions);
        var existingYears = await db.ReportingYears.Select(y => y.Year).ToListAsync(cancellationToken);
        foreach (var year in Enumerable.Range(FirstYear, options.Years).Except(existingYears))
        {
            db.ReportingYears.Add(new ReportingYear(year, new DateOnly(year + 1, 1, 15), new DateOnly(year + 1, 3, 1)));
        }

        var indicators = Enumerable.Range(1, options.Indicators).Select(i => new Indicator(
                $"scale_{i:000}", $"Показатель нагрузки {i}", $"Показник навантаження {i}", $"Scale indicator {i}", "шт.",
                IndicatorKind.Count, (IndicatorCategory)(i % 7), 1000 + i))
            .ToList();
        db.Indicators.AddRange(indicators);
        await db.SaveChangesAsync(cancellationToken);

        var municipalities = Enumerable.Range(1, options.Municipalities).Select(i => new Municipality(
                $"Город нагрузки {i:0000}", $"scale-city-{i:0000}", MunicipalityKind.City, regions[i % regions.Count].Id,
                10_000 + random.Next(990_000)))
            .ToList();
        db.Municipalities.AddRange(municipalities);
        await db.SaveChangesAsync(cancellationToken);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var reportId = await NextIdAsync(connection, "annual_reports", cancellationToken);
        var firstReportId = reportId;
        var reports = new List<(long Id, int MunicipalityId, int Year, int Population)>();
        foreach (var municipality in municipalities)
        {
            foreach (var year in Enumerable.Range(FirstYear, options.Years))
            {
                reports.Add((reportId++, municipality.Id, year, municipality.Population ?? 10_000));
            }
        }

        await CopyReportsAsync(connection, reports, cancellationToken);
        await CopyValuesAsync(connection, reports, indicators.Select(i => i.Id).ToList(), random, cancellationToken);
        await CopyTextsAsync(connection, reports, options, random, cancellationToken);
        foreach (var table in new[] { "annual_reports", "indicator_values", "achievements", "planned_tasks" })
        {
            await using var setval = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", connection);
            await setval.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE", connection))
        {
            await analyze.ExecuteNonQueryAsync(cancellationToken);
        }

        logger.LogInformation(
            "Generated {Reports} reports (ids from {First}) for {FirstYear}–{LastYear}",
            reports.Count, firstReportId, FirstYear, lastYear);
    }

    private static async Task<long> NextIdAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(id), 0) + 1 FROM {table}", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task CopyReportsAsync(
        NpgsqlConnection connection,
        IReadOnlyList<(long Id, int MunicipalityId, int Year, int Population)> reports,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY annual_reports (id, municipality_id, year, status, created_at, updated_at, submitted_at, is_late, approved_at) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var (id, municipalityId, year, _) in reports)
        {
            var created = new DateTime(year + 1, 1, 20, 9, 0, 0, DateTimeKind.Utc);
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync((int)id, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(municipalityId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(year, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync("Approved", NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(created, NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(created.AddDays(30), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(created.AddDays(20), NpgsqlDbType.TimestampTz, cancellationToken);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            await writer.WriteAsync(created.AddDays(30), NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyValuesAsync(
        NpgsqlConnection connection,
        IReadOnlyList<(long Id, int MunicipalityId, int Year, int Population)> reports,
        IReadOnlyList<int> indicatorIds,
        Random random,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY indicator_values (annual_report_id, indicator_id, value) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var report in reports)
        {
            foreach (var indicatorId in indicatorIds)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync((int)report.Id, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(indicatorId, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync((decimal)(report.Population / 100 + random.Next(5_000)), NpgsqlDbType.Numeric, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task CopyTextsAsync(
        NpgsqlConnection connection,
        IReadOnlyList<(long Id, int MunicipalityId, int Year, int Population)> reports,
        ScaleDataOptions options,
        Random random,
        CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
                         "COPY achievements (annual_report_id, direction, text, \"order\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var report in reports)
            {
                for (var i = 0; i < options.AchievementsPerReport; i++)
                {
                    var text = new StringBuilder();
                    for (var s = 0; s < 3; s++)
                    {
                        text.Append(string.Format(CultureInfo.InvariantCulture, Phrases[random.Next(Phrases.Length)], 10 + random.Next(3_000))).Append(' ');
                    }

                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync((int)report.Id, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(Directions[random.Next(Directions.Length)], NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(text.ToString().TrimEnd(), NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
                         "COPY planned_tasks (annual_report_id, text, \"order\") FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var report in reports)
            {
                for (var i = 0; i < options.TasksPerReport; i++)
                {
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync((int)report.Id, NpgsqlDbType.Integer, cancellationToken);
                    await writer.WriteAsync(TaskPhrases[random.Next(TaskPhrases.Length)], NpgsqlDbType.Varchar, cancellationToken);
                    await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
    }
}
