using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MunicipalPress.Infrastructure.DemoData;
using MunicipalPress.Infrastructure.Postgres;
using MunicipalPress.Testing;

namespace MunicipalPress.Benchmarks.Load;

/// <summary>
/// `bench/run.sh --load`: the portal as its own process (Production, real Kestrel on 127.0.0.1) on a private
/// PostgreSQL with the demo data plus one city and one press officer per simulated officer. For a fixed time,
/// every officer autosaves her draft every 3–5 s (PUT with If-Match, as the form does) while analysts compare
/// and search with a 1–3 s pause between requests; all through the API with bearer tokens. Then real report forms
/// are opened in Chromium, one circuit each, and the server's working set is measured as they accumulate.
/// Bounded: the counts and the duration are arguments; everything stays on loopback.
/// </summary>
public static class LoadBenchmark
{
    private const int Year = 2025;
    private const string Password = "Load-Bench-Password-1";
    private static readonly string[] Searches = ["сайт", "социальных сетях", "пресс-релиз", "обращения граждан", "прямой эфир", "фоторепортаж"];
    private static readonly string[] Indicators = ["press_releases", "photo_reports", "media_publications", "field_events", "info_messages"];

    public static async Task<int> RunAsync(int officers, int analysts, int seconds, int forms, string? gc, string? gcdump = null, IReadOnlyList<string>? serverEnvironment = null, int holdSeconds = 0)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {officers} press officers autosaving every 3–5 s + {analysts} analysts comparing and searching, {seconds} s; then {forms} open report forms in Chromium"));
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; GC: {gc switch { "server" => "server, concurrent (the ASP.NET Core default)", "workstation" => "workstation, concurrent", _ => "the app's own (workstation, non-concurrent, ConserveMemory 9)" }}; load average at the start: {LoadAverage()}");
        var directory = Path.Combine(Path.GetTempPath(), $"municipalpress-load-{Environment.ProcessId}");
        using var database = EmbeddedPostgresServer.Start(new EmbeddedPostgresOptions(directory, ["max_connections=300"]));
        try
        {
            var connectionString = database.EnsureDatabase("load");
            var settings = new Dictionary<string, string>
            {
                ["MunicipalPress__InitializeDatabase"] = "true",
                ["MunicipalPress__SeedDemoData"] = "true",
            };
            // Without a choice here the app runs with its own settings (MunicipalPress.Web.csproj: workstation,
            // non-concurrent, ConserveMemory 9); --server-gc compares with the ASP.NET Core default.
            if (gc is { } chosen)
            {
                settings["DOTNET_gcServer"] = chosen == "server" ? "1" : "0";
                settings["DOTNET_gcConcurrent"] = "1";
                settings["DOTNET_GCConserveMemory"] = "0";
            }
            // Runtime or app settings to compare (e.g. DOTNET_GCConserveMemory=5), as the server's environment.
            foreach (var pair in serverEnvironment ?? [])
            {
                var separator = pair.IndexOf('=', StringComparison.Ordinal);
                settings[pair[..separator]] = pair[(separator + 1)..];
                Console.WriteLine($"server environment: {pair}");
            }

            await using var server = await AppProcess.StartAsync(connectionString, settings, TimeSpan.FromMinutes(5));
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = server.BaseAddress,
                Timeout = TimeSpan.FromSeconds(60),
            };

            var setup = System.Diagnostics.Stopwatch.StartNew();
            var officerSessions = await CreateOfficersAsync(http, officers);
            var analystTokens = await Task.WhenAll(Enumerable.Range(0, analysts).Select(_ => TokenAsync(http, DemoUsers.AnalystEmail, DemoUsers.Password)));
            var regionId = officerSessions[0].RegionId;
            var indicators = await SendAsync<JsonArray>(http, officerSessions[0].Token, HttpMethod.Get, "/api/v1/indicators");
            var pressReleases = (int)indicators.First(i => (string?)i!["code"] == "press_releases")!["id"]!;
            Console.WriteLine($"setup: {officers} cities, officers and drafts in {setup.Elapsed.TotalSeconds:0} s");

            var autosave = new LatencyRecorder("autosave (PUT /api/v1/reports/{id}, If-Match)");
            var compare = new LatencyRecorder("compare (GET /api/v1/analytics/compare, a region × 5 indicators × 5 years)");
            var search = new LatencyRecorder("search (GET /api/v1/search?q=…)");
            var until = DateTime.UtcNow.AddSeconds(seconds);
            await using (var sampler = new ProcessSampler(server))
            {
                sampler.Start();
                var started = DateTime.UtcNow;
                var load = officerSessions.Select(officer => AutosaveLoopAsync(http, officer, pressReleases, autosave, until))
                    .Concat(analystTokens.Select((token, i) => AnalystLoopAsync(http, token, regionId, i, compare, search, until)));
                await Task.WhenAll(load);
                var elapsed = (DateTime.UtcNow - started).TotalSeconds;

                Console.WriteLine();
                Console.WriteLine("| request | count | per s | p50 ms | p95 ms | p99 ms | max ms | errors |");
                Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
                foreach (var recorder in new[] { autosave, compare, search })
                {
                    Console.WriteLine(recorder.Row(elapsed));
                }

                Console.WriteLine();
                Console.WriteLine(sampler.Summary());
                foreach (var line in new[] { autosave, compare, search }.SelectMany(r => r.ErrorLines()))
                {
                    Console.WriteLine(line);
                }
            }

            Console.WriteLine($"load average after the load: {LoadAverage()}");
            if (forms > 0)
            {
                await FillReportsAsync(http, officerSessions, indicators);
                await FormCircuits.MeasureAsync(server, http, officerSessions, forms, gcdump, holdSeconds);
                Console.WriteLine($"load average after the forms: {LoadAverage()}");
            }

            return autosave.Errors + compare.Errors + search.Errors == 0 ? 0 : 1;
        }
        finally
        {
            database.Stop();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>One city per officer (in the first demo region), its press officer, her token and her draft for the open year.</summary>
    private static async Task<OfficerSession[]> CreateOfficersAsync(HttpClient http, int officers)
    {
        var admin = await TokenAsync(http, DemoUsers.AdminEmail, DemoUsers.Password);
        var regions = await SendAsync<JsonArray>(http, admin, HttpMethod.Get, "/api/v1/regions");
        var regionId = (int)regions[0]!["id"]!;
        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var sessions = new OfficerSession[officers];
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(0, officers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var city = await SendAsync<JsonObject>(http, admin, HttpMethod.Post, "/api/v1/municipalities",
                    new { name = $"Нагрузочный {run}-{i:000}", regionId, kind = "City", population = 20_000 + (i * 731 % 400_000) });
                var municipalityId = (int)city["id"]!;
                var email = $"load.{run}.{i:000}@bench.local";
                await SendAsync<JsonObject>(http, admin, HttpMethod.Post, "/api/v1/users",
                    new { email, displayName = $"Пресс-служба {i:000}", role = "PressOfficer", municipalityId, password = Password });
                var token = await TokenAsync(http, email, Password);
                using var create = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/municipalities/{municipalityId}/reports/{Year}");
                create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var created = await http.SendAsync(create);
                created.EnsureSuccessStatusCode();
                var report = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
                sessions[i] = new OfficerSession(email, token, municipalityId, regionId, (int)report["id"]!, created.Headers.ETag!.Tag);
            }
            finally
            {
                gate.Release();
            }
        }));
        return sessions;
    }

    /// <summary>
    /// Before the forms open: each draft gets what a real report holds (eight achievements of a few sentences under
    /// their directions, five planned tasks, fifteen indicator values), so an open form costs what a real one does,
    /// not what the one-entry draft of the load phase would.
    /// </summary>
    private static async Task FillReportsAsync(HttpClient http, IReadOnlyList<OfficerSession> officers, JsonArray indicators)
    {
        string[] directions = ["Работа со СМИ", "Сайт администрации", "Социальные сети", "Обращения граждан", "Спецпроекты"];
        var indicatorIds = indicators.Select(i => (int)i!["id"]!).Take(15).ToArray();
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(officers.Select(async (officer, n) =>
        {
            await gate.WaitAsync();
            try
            {
                var body = new
                {
                    achievements = Enumerable.Range(1, 8).Select(a => new
                    {
                        id = (int?)null,
                        direction = directions[a % directions.Length],
                        // Figures as real reports write them: the year's totals once, equal to the table (a figure the
                        // table contradicts would add a check beside the text, which real reports rarely need).
                        text = a == 1
                            ? $"За год подготовлено {50 + n} пресс-релизов и {63 + n} фоторепортажей о работе администрации. "
                                + "Раздел новостей на сайте обновлялся ежедневно, ответы на обращения жителей публиковались в течение суток."
                            : $"Направление «{directions[a % directions.Length]}» пресс-служба вела весь год: материалы выходили каждую неделю, "
                                + "жители получали ответы в течение суток, а самые частые вопросы разбирались в коротких видеороликах. "
                                + $"Работа шла во всех {a + 2} районах города.",
                    }),
                    plannedTasks = Enumerable.Range(1, 5).Select(t => new
                    {
                        id = (int?)null,
                        text = $"Задача {t}: расширить аудиторию городских страниц в социальных сетях и запустить рассылку новостей.",
                        direction = directions[t % directions.Length],
                    }),
                    indicatorValues = indicatorIds.Select((id, v) => new { indicatorId = id, value = 50 + (v * 13) + n, note = (string?)null }),
                    peerHighlights = Array.Empty<object>(),
                };
                using var current = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/{officer.ReportId}");
                current.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer.Token);
                using var read = await http.SendAsync(current);
                read.EnsureSuccessStatusCode();
                using var save = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reports/{officer.ReportId}") { Content = JsonContent.Create(body) };
                save.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer.Token);
                save.Headers.IfMatch.Add(read.Headers.ETag!);
                using var saved = await http.SendAsync(save);
                saved.EnsureSuccessStatusCode();
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine($"forms: each of the {officers.Count} drafts filled with 8 achievements, 5 planned tasks and {indicatorIds.Length} indicator values");
    }

    private static async Task AutosaveLoopAsync(HttpClient http, OfficerSession officer, int indicatorId, LatencyRecorder recorder, DateTime until)
    {
        var random = new Random(officer.MunicipalityId);
        await Task.Delay(random.Next(0, 4000));
        var etag = officer.ETag;
        int? achievementId = null;
        int? taskId = null;
        var text = new System.Text.StringBuilder("За год пресс-служба подготовила серию материалов о работе администрации.");
        var round = 0;
        while (DateTime.UtcNow < until)
        {
            round++;
            text.Append(CultureInfo.InvariantCulture, $" Неделя {round}: ответили на обращения жителей и обновили раздел новостей на сайте.");
            var body = new
            {
                achievements = new[] { new { id = achievementId, direction = "Работа с обращениями", text = text.ToString() } },
                plannedTasks = new[] { new { id = taskId, text = "Запустить рассылку новостей для жителей.", direction = "Сайт" } },
                indicatorValues = new[] { new { indicatorId, value = 100 + round, note = (string?)null } },
                peerHighlights = Array.Empty<object>(),
            };
            var response = await recorder.TimeAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reports/{officer.ReportId}") { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", officer.Token);
                request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
                return http.SendAsync(request);
            });
            if (response is not null)
            {
                etag = response.Headers.ETag!.Tag;
                var saved = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                // The next save names the same entries, as the form does, instead of replacing them with new ones.
                achievementId = (int?)saved["achievements"]?.AsArray().FirstOrDefault()?["id"];
                taskId = (int?)saved["plannedTasks"]?.AsArray().FirstOrDefault()?["id"];
                response.Dispose();
            }

            await Task.Delay(random.Next(3000, 5000));
        }
    }

    private static async Task AnalystLoopAsync(
        HttpClient http, string token, int regionId, int analyst, LatencyRecorder compare, LatencyRecorder search, DateTime until)
    {
        var random = new Random(analyst);
        await Task.Delay(random.Next(0, 2000));
        var round = analyst;
        while (DateTime.UtcNow < until)
        {
            round++;
            var comparing = round % 2 == 0;
            var url = comparing
                ? $"/api/v1/analytics/compare?regionId={regionId}&fromYear=2020&toYear=2024&" + string.Join('&', Indicators.Select(code => "indicator=" + code))
                : "/api/v1/search?q=" + Uri.EscapeDataString(Searches[round % Searches.Length]);
            var response = await (comparing ? compare : search).TimeAsync(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            });
            response?.Dispose();
            await Task.Delay(random.Next(1000, 3000));
        }
    }

    public static async Task<string> TokenAsync(HttpClient http, string email, string password)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!;
    }

    private static async Task<T> SendAsync<T>(HttpClient http, string token, HttpMethod method, string url, object? body = null)
        where T : JsonNode
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        }

        return (T)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
