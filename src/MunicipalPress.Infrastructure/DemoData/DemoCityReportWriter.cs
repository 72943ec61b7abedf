using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.DemoData;

/// <summary>
/// Writes the generated reports of one city. Figures follow a per-city trend anchored on the figures the
/// city's seed reports state, so Blagoveshchensk 2017 continues from its real 2016; texts are drawn from
/// the phrase pool of the city's language.
/// </summary>
internal sealed class DemoCityReportWriter
{
    private const double MissingShare = 0.15;
    private const double DraftMissingShare = 0.35;
    private const double PeerHighlightShare = 0.12;
    private const int FirstIndexYear = DemoReportGenerator.FirstYear;

    private static readonly Dictionary<string, DemoIndicator> Catalog =
        DemoIndicatorCatalog.All.ToDictionary(i => i.Code);

    /// <summary>
    /// Trend pins: figures no report states, used only to shape a city's trend. Khabarovsk had a handful of
    /// accounts until its departments opened 87 of their own in 2021.
    /// </summary>
    private static readonly (string Slug, string Code, int Year, decimal Value)[] Pins =
    [
        (DemoGeography.Khabarovsk, "social_accounts", 2020, 6),
    ];

    private static readonly Dictionary<string, string> NotesRu = new()
    {
        ["media_publications"] = "По данным мониторинга СМИ.",
        ["social_subscribers"] = "Все официальные страницы администрации на 31 декабря.",
        ["citizen_messages_total"] = "Сообщения во всех каналах, включая соцсети.",
        ["website_weekly_reach"] = "По данным счётчика посещаемости сайта.",
        ["social_post_reach"] = "Среднее по публикациям года.",
        ["press_releases"] = "Включая анонсы мероприятий.",
    };

    private static readonly Dictionary<string, string> NotesUk = new()
    {
        ["website_materials"] = "Усі матеріали, оприлюднені на сайті за рік.",
        ["social_subscribers"] = "Станом на 31 грудня.",
        ["info_requests"] = "Усі запити отримали відповідь у строк.",
    };

    private readonly DemoCity _city;
    private readonly IReadOnlyList<DemoCity> _cities;
    private readonly Func<int, ReportStatus?> _statusOf;
    private readonly int _fromYear;
    private readonly int _toYear;
    private readonly bool _ukrainian;
    private readonly DemoPhrasePool _pool;
    private readonly Dictionary<string, List<(int Year, decimal Value)>> _anchors;
    private readonly Dictionary<int, Dictionary<string, decimal>> _valuesByYear = [];
    private readonly Dictionary<int, HashSet<string>> _phrasesByYear = [];
    private readonly Dictionary<int, HashSet<string>> _tasksByYear = [];
    private readonly HashSet<string> _doneTasks = [];
    private readonly HashSet<string> _oneOffPhrasesUsed = [];

    public DemoCityReportWriter(
        DemoCity city,
        IReadOnlyList<DemoCity> cities,
        Func<int, ReportStatus?> statusOf,
        int fromYear,
        int toYear)
    {
        _city = city;
        _cities = cities;
        _statusOf = statusOf;
        _fromYear = fromYear;
        _toYear = toYear;
        _ukrainian = DemoGeography.CountryOf(city) == "UA";
        _pool = _ukrainian ? DemoPhrasesUk.Pool : DemoPhrasesRu.Pool;

        var seedReports = DemoSeedReports.All.Where(r => r.CitySlug == city.Slug).ToList();
        foreach (var report in seedReports)
        {
            _valuesByYear[report.Year] = report.Values.ToDictionary(v => v.IndicatorCode, v => v.Value);
            _tasksByYear[report.Year] = report.PlannedTasks.Select(t => t.Text).ToHashSet();
            _doneTasks.UnionWith(report.PlannedTasks.Where(t => t.Outcome?.Outcome == TaskOutcome.Done).Select(t => t.Text));
        }

        _anchors = seedReports
            .SelectMany(r => r.Values.Select(v => (r.Year, v.IndicatorCode, v.Value)))
            .Concat(Pins.Where(p => p.Slug == city.Slug).Select(p => (p.Year, IndicatorCode: p.Code, p.Value)))
            .GroupBy(a => a.IndicatorCode)
            .ToDictionary(g => g.Key, g => g.Select(a => (a.Year, a.Value)).OrderBy(a => a.Year).ToList());
    }

    public IEnumerable<DemoReport> Write()
    {
        var reports = new List<DemoReport>();
        IReadOnlyList<DemoPlannedTask> previousTasks = [];
        for (var year = _fromYear; year <= _toYear; year++)
        {
            if (DemoSeedReports.All.FirstOrDefault(r => r.CitySlug == _city.Slug && r.Year == year) is { } seed)
            {
                previousTasks = seed.PlannedTasks;
                continue;
            }

            if (_statusOf(year) is not { } status)
            {
                previousTasks = [];
                continue;
            }

            var values = ComputeValues(year, status);
            _valuesByYear[year] = values;
            var report = WriteReport(year, status, values, previousTasks);
            reports.Add(report);
            previousTasks = report.PlannedTasks;
        }

        return reports;
    }

    private bool ReportExists(int year) =>
        DemoSeedReports.Covers(_city.Slug, year)
        || (year >= _fromYear && year <= _toYear && _statusOf(year) is not null);

    // Figures

    private Dictionary<string, decimal> ComputeValues(int year, ReportStatus status)
    {
        var random = new Random(DemoHash.Seed($"{_city.Slug}:{year}:values"));
        var values = new Dictionary<string, decimal>();
        var missingShare = status == ReportStatus.Draft ? DraftMissingShare : MissingShare;
        foreach (var profile in DemoIndicatorProfiles.All)
        {
            // Both numbers are drawn for every indicator, so one indicator's rules never shift another's figures.
            var noise = random.NextDouble();
            var missing = random.NextDouble() < missingShare;
            if (!Tracks(profile, year) || missing)
            {
                continue;
            }

            values[profile.Code] = Value(profile, year, noise);
        }

        MakeConsistent(values);
        return values;
    }

    private bool Tracks(DemoIndicatorProfile profile, int year)
    {
        var from = _ukrainian && profile.Code.StartsWith("social_", StringComparison.Ordinal)
            ? Math.Max(profile.FromYear, 2018) // Teplodar opened its social-media page in 2018.
            : profile.FromYear;
        if (year < from)
        {
            return false;
        }

        if (_anchors.ContainsKey(profile.Code))
        {
            return true;
        }

        return (!_ukrainian || profile.AlsoInUkraine)
            && DemoHash.Unit($"{_city.Slug}:{profile.Code}:coverage") < profile.Coverage;
    }

    private decimal Value(DemoIndicatorProfile profile, int year, double noise)
    {
        var indicator = Catalog[profile.Code];
        double raw;
        if (NearestAnchor(profile.Code, year) is { } anchor)
        {
            raw = indicator.Kind == IndicatorKind.Percent
                ? (double)anchor.Value
                : (double)anchor.Value * Index(profile, year) / Index(profile, anchor.Year);
        }
        else
        {
            var cityFactor = 0.7 + (0.7 * DemoHash.Unit($"{_city.Slug}:{profile.Code}:level"));
            var scale = profile.ScalesWithPopulation ? Math.Pow(_city.Population / 100_000.0, 0.6) : 1.0;
            raw = indicator.Kind == IndicatorKind.Percent
                ? profile.Base * (0.8 + (0.5 * DemoHash.Unit($"{_city.Slug}:{profile.Code}:level")))
                : profile.Base * cityFactor * scale * Index(profile, year);
        }

        if (indicator.Kind == IndicatorKind.Percent)
        {
            raw += (noise * 2 - 1) * 3;
        }
        else if (!profile.Cumulative)
        {
            raw *= 1 + ((noise * 2 - 1) * 0.08);
        }

        var value = Round(indicator.Kind, raw);
        if (profile.Cumulative && Previous(profile.Code, year) is { } previous && value < previous)
        {
            value = previous;
        }

        return value;
    }

    private static decimal Round(IndicatorKind kind, double raw) => kind switch
    {
        IndicatorKind.Percent => Math.Round((decimal)Math.Clamp(raw, 5, 80), 1),
        IndicatorKind.Decimal when raw >= 1000 => Math.Round((decimal)raw / 100) * 100,
        IndicatorKind.Decimal => Math.Max(10, Math.Round((decimal)raw / 10) * 10),
        _ => Math.Max(1, Math.Round((decimal)raw)),
    };

    /// <summary>The trend of one indicator in this city: 1 in 2016, then the product of the yearly changes.</summary>
    private double Index(DemoIndicatorProfile profile, int year)
    {
        var u = DemoHash.Unit($"{_city.Slug}:{profile.Code}:growth");
        var growth = profile.Cumulative ? profile.Growth * (0.5 + u) : profile.Growth * ((1.5 * u) - 0.25);
        var index = 1.0;
        for (var t = FirstIndexYear + 1; t <= year; t++)
        {
            var jitter = 0.6 + (0.8 * DemoHash.Unit($"{_city.Slug}:{profile.Code}:{t}"));
            index *= 1 + (growth * Math.Pow(profile.Decay, t - FirstIndexYear - 1) * jitter);
        }

        for (var t = year + 1; t <= FirstIndexYear; t++)
        {
            index /= 1 + growth;
        }

        return index;
    }

    private (int Year, decimal Value)? NearestAnchor(string code, int year) =>
        _anchors.TryGetValue(code, out var anchors)
            ? anchors.OrderBy(a => Math.Abs(a.Year - year)).ThenBy(a => a.Year).First()
            : null;

    private decimal? Previous(string code, int year) =>
        _valuesByYear.TryGetValue(year - 1, out var values) && values.TryGetValue(code, out var value) ? value : null;

    private static void MakeConsistent(Dictionary<string, decimal> values)
    {
        if (values.TryGetValue("website_news", out var news) && values.TryGetValue("website_materials", out var materials))
        {
            values["website_news"] = Math.Max(1, Math.Min(news, Math.Round(materials * 0.6m)));
        }

        if (values.TryGetValue("citizen_messages_total", out var total))
        {
            var hasIncidents = values.TryGetValue("incident_responses", out var incidents);
            var hasSocial = values.TryGetValue("social_messages_answered", out var social);
            if (hasIncidents && hasSocial)
            {
                values["citizen_messages_total"] = incidents + social;
            }
            else if (hasIncidents || hasSocial)
            {
                values["citizen_messages_total"] = Math.Max(total, Math.Round((incidents + social) * 1.2m));
            }
        }

        if (values.TryGetValue("mayor_addresses", out var addresses) && values.TryGetValue("info_messages", out var messages))
        {
            values["mayor_addresses"] = Math.Min(addresses, messages);
        }
    }

    private decimal? Growth(string code, int year)
    {
        if (Previous(code, year) is not { } previous || previous == 0
            || !_valuesByYear[year].TryGetValue(code, out var current))
        {
            return null;
        }

        return Math.Round((current - previous) / previous * 100);
    }

    // Texts

    private DemoReport WriteReport(
        int year,
        ReportStatus status,
        Dictionary<string, decimal> values,
        IReadOnlyList<DemoPlannedTask> previousTasks)
    {
        var random = new Random(DemoHash.Seed($"{_city.Slug}:{year}"));
        var draft = status == ReportStatus.Draft;
        var achievements = PickAchievements(random, year, values, draft ? random.Next(1, 4) : random.Next(3, 7));
        var tasks = PickTasks(random, year, previousTasks, draft ? random.Next(0, 3) : random.Next(2, 5));
        var highlights = PickPeerHighlights(random, year);
        var notes = _ukrainian ? NotesUk : NotesRu;
        var demoValues = DemoIndicatorCatalog.All
            .Where(i => values.ContainsKey(i.Code))
            .Select(i => new DemoValue(
                i.Code,
                values[i.Code],
                notes.TryGetValue(i.Code, out var note) && random.NextDouble() < 0.4 ? note : null))
            .ToList();

        var comments = new List<DemoComment>();
        if (status == ReportStatus.Returned)
        {
            comments.Add(new(DemoUsers.AnalystEmail, _pool.ReturnComments[random.Next(_pool.ReturnComments.Count)]));
        }

        // The open campaign's deadline lies ahead (the seeder sets it from today), so nothing in it is late yet.
        var late = year < _toYear && DemoHash.Unit($"{_city.Slug}:{year}:late") < 0.07 && status != ReportStatus.Draft;

        return new DemoReport(_city.Slug, year, status, achievements, tasks, demoValues, highlights, comments, late);
    }

    private List<DemoAchievement> PickAchievements(Random random, int year, Dictionary<string, decimal> values, int count)
    {
        // A city does not repeat last two years' wording.
        var recent = UsedIn(_phrasesByYear, year - 2, year - 1);
        var usable = _pool.Achievements
            .Where(p => year >= p.FromYear && year <= p.ToYear && !recent.Contains(p.Text) && !_oneOffPhrasesUsed.Contains(p.Text)
                && DemoText.CodesIn(p.Text).All(c => HasFigure(c, year, values)))
            .ToList();
        var directions = usable.Select(p => p.Direction).Distinct().ToList();
        Shuffle(random, directions);

        var picked = new List<DemoPhrase>();
        for (var i = 0; picked.Count < count && i < count * 3; i++)
        {
            var direction = directions[i % directions.Count];
            var left = usable.Where(p => p.Direction == direction && !picked.Contains(p)).ToList();
            if (left.Count == 0)
            {
                continue;
            }

            // Figures make a report worth comparing: prefer phrases that carry them.
            var withFigures = left.Where(p => DemoText.CodesIn(p.Text).Any()).ToList();
            var from = withFigures.Count > 0 && random.NextDouble() < 0.65 ? withFigures : left;
            picked.Add(from[random.Next(from.Count)]);
        }

        _phrasesByYear[year] = picked.Select(p => p.Text).ToHashSet();
        _oneOffPhrasesUsed.UnionWith(picked.Where(p => p.Once).Select(p => p.Text));
        var order = _pool.Achievements.Select(p => p.Direction).Distinct().ToList();
        return picked
            .OrderBy(p => order.IndexOf(p.Direction))
            .Select(p => new DemoAchievement(
                p.Direction,
                DemoText.Fill(
                    // Its own generator per phrase, so the wording chosen changes no other draw of the report.
                    DemoText.Vary(p.Text, new Random(DemoHash.Seed($"{_city.Slug}:{year}:{p.Text}"))),
                    c => values.TryGetValue(c, out var v) ? v : null,
                    c => Growth(c, year))))
            .ToList();
    }

    private bool HasFigure(string code, int year, Dictionary<string, decimal> values) =>
        code.StartsWith("growth:", StringComparison.Ordinal)
            ? Growth(code["growth:".Length..], year) is > 0
            : values.ContainsKey(code);

    private List<DemoPlannedTask> PickTasks(Random random, int year, IReadOnlyList<DemoPlannedTask> previousTasks, int count)
    {
        // A task carried over from last year comes back first; a task once done does not come back.
        var texts = previousTasks
            .Where(t => t.Outcome?.Outcome == TaskOutcome.CarriedOver)
            .Select(t => t.Text)
            .ToList();
        var recent = UsedIn(_tasksByYear, year - 3, year - 1);
        var candidates = _pool.Tasks
            .Where(t => year >= t.FromYear && year <= t.ToYear && !texts.Contains(t.Text) && !recent.Contains(t.Text)
                && !_doneTasks.Contains(t.Text))
            .Select(t => t.Text)
            .ToList();
        Shuffle(random, candidates);
        texts.AddRange(candidates.Take(Math.Max(0, count - texts.Count)));
        _tasksByYear[year] = texts.ToHashSet();

        if (!ReportExists(year + 1))
        {
            return texts.Select(t => new DemoPlannedTask(t)).ToList();
        }

        var outcomes = new Random(DemoHash.Seed($"{_city.Slug}:{year}:outcomes"));
        var tasks = texts.Select(t => new DemoPlannedTask(t, Outcome(outcomes))).ToList();
        _doneTasks.UnionWith(tasks.Where(t => t.Outcome?.Outcome == TaskOutcome.Done).Select(t => t.Text));
        return tasks;
    }

    private DemoTaskOutcome Outcome(Random random)
    {
        var roll = random.NextDouble();
        var outcome = roll switch
        {
            < 0.55 => TaskOutcome.Done,
            < 0.80 => TaskOutcome.Partly,
            < 0.92 => TaskOutcome.CarriedOver,
            _ => TaskOutcome.NotDone,
        };
        var comments = _pool.OutcomeComments[outcome];
        return new DemoTaskOutcome(outcome, comments[random.Next(comments.Length)]);
    }

    private List<DemoPeerHighlight> PickPeerHighlights(Random random, int year)
    {
        var roll = random.NextDouble();
        if (_pool.PeerPractices.Count == 0 || roll >= PeerHighlightShare)
        {
            return [];
        }

        var peers = _cities
            .Where(c => c.Slug != _city.Slug && DemoGeography.CountryOf(c) == DemoGeography.CountryOf(_city))
            .ToList();
        var ownPractices = _pool.PeerPractices
            .Where(p => p.CitySlug is not null && year >= p.FromYear && peers.Any(c => c.Slug == p.CitySlug))
            .ToList();
        var general = _pool.PeerPractices.Where(p => p.CitySlug is null).ToList();

        DemoCity peer;
        DemoPeerPractice practice;
        if (ownPractices.Count > 0 && random.NextDouble() < 0.5)
        {
            practice = ownPractices[random.Next(ownPractices.Count)];
            peer = peers.First(c => c.Slug == practice.CitySlug);
        }
        else if (peers.Count > 0 && general.Count > 0)
        {
            practice = general[random.Next(general.Count)];
            peer = peers[random.Next(peers.Count)];
        }
        else
        {
            return [];
        }

        return [new DemoPeerHighlight(peer.Slug, string.Format(null, _pool.PeerOpening, peer.Name) + practice.Text)];
    }

    private static HashSet<string> UsedIn(Dictionary<int, HashSet<string>> byYear, int fromYear, int toYear) =>
        Enumerable.Range(fromYear, toYear - fromYear + 1)
            .SelectMany(y => byYear.TryGetValue(y, out var used) ? used : [])
            .ToHashSet();

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
