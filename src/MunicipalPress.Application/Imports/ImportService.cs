using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Reports;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Common;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Imports;

/// <summary>
/// From a free-text report to a draft: parse it (pure), match its names to the portal's municipalities and
/// indicators, and write the confirmed result into the city's report for the year. The draft is created and
/// saved through <see cref="ReportEditingService"/>, so the report's own rules (who may write, closed years,
/// concurrency, content validation, audit) apply unchanged; a submitted or approved report is never touched.
/// </summary>
public sealed partial class ImportService(
    IMunicipalPressDbFactory dbFactory,
    ReportEditingService editing,
    ReportService reports,
    IReportDocumentReader documents,
    TimeProvider clock)
{
    /// <summary>Pure: no database, no permissions; the same as <c>import parse</c>.</summary>
    public ParsedReport Parse(ReadOnlySpan<byte> data) => ReportTextParser.Parse(data);

    public ParsedReport Parse(string? text) => ReportTextParser.Parse(text);

    /// <summary>Pure: one parse per report of a compilation (one for an ordinary report); the same as <c>import split</c>.</summary>
    public IReadOnlyList<ParsedReport> Split(ReadOnlySpan<byte> data) => ReportTextParser.ParseAll(data);

    public IReadOnlyList<ParsedReport> Split(string? text) => ReportTextParser.ParseAll(text);

    /// <summary>
    /// The parses with each municipality named as the catalogue names it («Ангарского городского округа» →
    /// «Ангарск»); a name the catalogue lacks, or shares, stays as the parser read it. For scripts (the Cli).
    /// </summary>
    public async Task<IReadOnlyList<ParsedReport>> NameFromCatalogueAsync(IReadOnlyList<ParsedReport> parsed, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var catalogue = await LoadCatalogueAsync(db, cancellationToken);
        return parsed.Select(p => MunicipalityNameMatcher.Match(Readings(p), catalogue, m => m.Name).Matches is [var one]
            ? p with { Municipality = one.Name }
            : p).ToList();
    }

    /// <summary>
    /// Every report of a compilation (a text or a document file), each matched and checked as
    /// <see cref="PreviewAsync(Actor, byte[], string?, CancellationToken)"/> does one.
    /// </summary>
    public async Task<ImportSplitDto> SplitAsync(Actor actor, byte[] data, string? fileName = null, CancellationToken cancellationToken = default)
    {
        EnsureCanImport(actor);
        return await SplitAsync(await SplitFileAsync(documents, data, fileName, cancellationToken), cancellationToken);
    }

    public Task<ImportSplitDto> SplitAsync(Actor actor, string text, CancellationToken cancellationToken = default)
    {
        EnsureCanImport(actor);
        return SplitAsync(ReportTextParser.ParseAll(text), cancellationToken);
    }

    /// <summary>
    /// A report file of any accepted format: text is parsed as it is, a document is first read into the text the
    /// parser reads (<see cref="IReportDocumentReader"/>). Throws <see cref="ImportFileException"/> for a file that
    /// cannot be read (damaged, a scan, a .doc without LibreOffice).
    /// </summary>
    public Task<ParsedReport> ParseFileAsync(byte[] data, string? fileName, CancellationToken cancellationToken = default) =>
        ParseFileAsync(documents, data, fileName, cancellationToken);

    /// <summary>The same as <see cref="ParseFileAsync(byte[], string?, CancellationToken)"/>, for the Cli's parse, which runs without a database.</summary>
    public static async Task<ParsedReport> ParseFileAsync(
        IReportDocumentReader documents,
        byte[] data,
        string? fileName,
        CancellationToken cancellationToken = default)
    {
        var format = ImportFileRules.DetectFormat(fileName, data);
        if (format == ReportFileFormat.Text)
        {
            return ReportTextParser.Parse(data);
        }

        var text = await documents.ReadTextAsync(format, data, cancellationToken);
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new ImportFileException(format == ReportFileFormat.Pdf ? ImportFileProblem.NoTextLayer : ImportFileProblem.Empty);
        }

        return ReportTextParser.ParseDocument(text, format);
    }

    /// <summary>One parse per report a file of any accepted format holds; the same as <c>import split</c>.</summary>
    public static async Task<IReadOnlyList<ParsedReport>> SplitFileAsync(
        IReportDocumentReader documents,
        byte[] data,
        string? fileName,
        CancellationToken cancellationToken = default)
    {
        var format = ImportFileRules.DetectFormat(fileName, data);
        if (format == ReportFileFormat.Text)
        {
            return ReportTextParser.ParseAll(data);
        }

        var text = await documents.ReadTextAsync(format, data, cancellationToken);
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new ImportFileException(format == ReportFileFormat.Pdf ? ImportFileProblem.NoTextLayer : ImportFileProblem.Empty);
        }

        return ReportTextParser.ParseAllDocument(text, format);
    }

    public Task<ImportPreviewDto> PreviewAsync(Actor actor, byte[] data, CancellationToken cancellationToken = default) =>
        PreviewAsync(actor, data, null, cancellationToken);

    /// <summary>A file's parse with its matches; <paramref name="fileName"/> helps tell its format (the content decides first).</summary>
    public async Task<ImportPreviewDto> PreviewAsync(Actor actor, byte[] data, string? fileName, CancellationToken cancellationToken = default)
    {
        EnsureCanImport(actor);
        return await PreviewAsync(await ParseFileAsync(data, fileName, cancellationToken), cancellationToken);
    }

    public Task<ImportPreviewDto> PreviewAsync(Actor actor, string text, CancellationToken cancellationToken = default)
    {
        EnsureCanImport(actor);
        return PreviewAsync(ReportTextParser.Parse(text), cancellationToken);
    }

    /// <summary>What an import into the municipality and year would do; null when the municipality does not exist.</summary>
    public async Task<ImportTargetDto?> GetTargetAsync(Actor actor, int municipalityId, int year, CancellationToken cancellationToken = default)
    {
        EnsureCanImport(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return await DescribeTargetAsync(db, actor, municipalityId, year, cancellationToken);
    }

    /// <summary>
    /// A dry run of <see cref="ApplyAsync"/>: every check, nothing written. Returns where the import would go;
    /// throws what applying would throw. Null when the municipality does not exist.
    /// </summary>
    public async Task<ImportTargetDto?> CheckAsync(Actor actor, ImportRequest request, CancellationToken cancellationToken = default) =>
        (await PrepareAsync(actor, request, cancellationToken))?.Target;

    /// <summary>
    /// Creates the draft (or fills the city's existing draft or returned report) with the confirmed parse.
    /// Null when the municipality does not exist. Refusals: <see cref="ForbiddenException"/> (not the actor's city),
    /// <see cref="ValidationFailedException"/> (no reporting year, unknown indicators, invalid content, per field),
    /// <see cref="DomainException"/> (a submitted or approved report, a draft with content without
    /// <see cref="ImportRequest.ReplaceExistingContent"/>, an archived city, a closed year for press officers).
    /// </summary>
    public async Task<ImportResultDto?> ApplyAsync(Actor actor, ImportRequest request, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(actor, request, cancellationToken);
        if (prepared is null)
        {
            return null;
        }

        var (target, content) = prepared.Value;
        ImportOutcome outcome;
        ReportDto? report;
        if (target.ReportId is { } existingId)
        {
            outcome = ImportOutcome.Filled;
            report = await reports.GetAsync(actor, existingId, cancellationToken);
        }
        else
        {
            outcome = ImportOutcome.Created;
            report = await editing.CreateDraftAsync(actor, request.MunicipalityId, request.Year, cancellationToken);
        }

        if (report is null)
        {
            return null;
        }

        // Peer highlights are not part of a parse: the ones already in the draft stay.
        var save = content with
        {
            PeerHighlights = report.PeerHighlights.Select(h => new PeerHighlightInput(h.Id, h.MentionedMunicipalityId, h.Text)).ToList(),
        };
        var saved = await editing.SaveAsync(actor, report.Id, report.Version, save, cancellationToken);
        return saved is null ? null : new ImportResultDto(outcome, saved);
    }

    private static void EnsureCanImport(Actor actor)
    {
        if (!actor.IsAdministrator && !actor.IsPressOfficer)
        {
            throw new ForbiddenException("Importing reports is for press officers and administrators.");
        }
    }

    private async Task<ImportSplitDto> SplitAsync(IReadOnlyList<ParsedReport> parsed, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var (byCode, municipalities) = (await LoadIndicatorsAsync(db, cancellationToken), await LoadCatalogueAsync(db, cancellationToken));
        return new ImportSplitDto(parsed.Select(p => Preview(p, byCode, municipalities)).ToList());
    }

    private async Task<ImportPreviewDto> PreviewAsync(ParsedReport parsed, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        return Preview(parsed, await LoadIndicatorsAsync(db, cancellationToken), await LoadCatalogueAsync(db, cancellationToken));
    }

    private static async Task<Dictionary<string, Indicator>> LoadIndicatorsAsync(IMunicipalPressDb db, CancellationToken cancellationToken) =>
        (await db.Indicators.AsNoTracking().Where(i => i.IsActive && i.IsPublished).ToListAsync(cancellationToken))
        .ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);

    private static async Task<List<MunicipalityCandidateDto>> LoadCatalogueAsync(IMunicipalPressDb db, CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking()
            .Where(m => !m.IsArchived)
            .OrderBy(m => m.Id)
            .Select(m => new MunicipalityCandidateDto(m.Id, m.Name, m.Region!.Name))
            .ToListAsync(cancellationToken);

    /// <summary>The parser's name, then the council adjective it derived the name from («Южноукраїн» ← «Южноукраїнської»).</summary>
    private static string?[] Readings(ParsedReport parsed) =>
        parsed.Municipality.Length == 0
            ? []
            : [parsed.Municipality, .. parsed.Warnings.Where(w => w.Code == ParseWarningCodes.MunicipalityDerived).Select(w => w.Arguments[1])];

    private static ImportPreviewDto Preview(
        ParsedReport parsed,
        IReadOnlyDictionary<string, Indicator> byCode,
        IReadOnlyCollection<MunicipalityCandidateDto> municipalities)
    {
        var (matches, candidates) = MunicipalityNameMatcher.Match(Readings(parsed), municipalities, m => m.Name);
        var match = parsed.Municipality.Length == 0
            ? MunicipalityMatch.NotNamed
            : matches.Count switch
            {
                0 => MunicipalityMatch.NotFound,
                1 => MunicipalityMatch.Found,
                _ => MunicipalityMatch.Ambiguous,
            };

        var figures = parsed.Indicators.Select(f =>
        {
            var indicator = f.Code is not null && byCode.TryGetValue(f.Code, out var found) ? found : null;
            return new ImportPreviewIndicatorDto(
                f.Value, f.Label, f.Code, f.SourceText, f.Start, f.Length, f.Qualifier, indicator?.Id, indicator?.Check(f.Value), f.PreviousValue);
        }).ToList();

        return new ImportPreviewDto(
            match == MunicipalityMatch.Found ? matches[0].Name : parsed.Municipality,
            match == MunicipalityMatch.Found ? matches[0].Id : null,
            match,
            parsed.Year,
            parsed.PlanYear,
            parsed.Language,
            parsed.Achievements,
            parsed.PlannedTasks,
            figures,
            parsed.Warnings,
            parsed.Text,
            parsed.SourceEncoding)
        {
            NameInText = parsed.Municipality,
            MunicipalityCandidates = candidates,
        };
    }

    /// <summary>Every check of an import, in the order a user fixes things: who, which year, which report, what content.</summary>
    private async Task<(ImportTargetDto Target, SaveReportRequest Content)?> PrepareAsync(
        Actor actor,
        ImportRequest request,
        CancellationToken cancellationToken)
    {
        EnsureCanImport(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var target = await DescribeTargetAsync(db, actor, request.MunicipalityId, request.Year, cancellationToken);
        switch (target?.State)
        {
            case null:
                return null;
            case ImportTargetState.Forbidden:
                throw new ForbiddenException(target.Message);
            case ImportTargetState.NoReportingYear:
                RequestValidator.Fail("year", target.Message);
                break;
            case ImportTargetState.Archived or ImportTargetState.Locked:
                throw new DomainException(target.Message);
            case ImportTargetState.DraftWithContent when !request.ReplaceExistingContent:
                throw new DomainException(target.Message + " Send replaceExistingContent: true to replace it with the import.");
        }

        var content = await ValidateContentAsync(db, request, cancellationToken);
        return (target, content);
    }

    private async Task<SaveReportRequest> ValidateContentAsync(IMunicipalPressDb db, ImportRequest request, CancellationToken cancellationToken)
    {
        var catalogue = await db.Indicators.AsNoTracking().ToListAsync(cancellationToken);
        var byId = catalogue.ToDictionary(i => i.Id);
        var byCode = catalogue.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>();

        var achievements = (request.Achievements ?? [])
            .Select(a => new AchievementInput(null, a?.Direction, a?.Text ?? string.Empty))
            .ToList();
        var tasks = (request.PlannedTasks ?? [])
            .Select(t => new PlannedTaskInput(null, t?.Text ?? string.Empty, t?.Direction))
            .ToList();

        // Which request entry each resolved value came from, to report the domain's errors under the request's names.
        var values = new List<IndicatorValueInput>();
        var sources = new List<int>();
        var figures = request.Indicators ?? [];
        for (var i = 0; i < figures.Count; i++)
        {
            if (ResolveIndicator(figures[i], byId, byCode, out var problem) is { } indicator)
            {
                values.Add(new IndicatorValueInput(indicator.Id, figures[i]!.Value, figures[i]!.Note));
                sources.Add(i);
            }
            else
            {
                errors[problem.Field.Replace("{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)] = [problem.Message];
            }
        }

        // The report's own rules, run on a report that is never saved: the same checks the save will make.
        var probe = new AnnualReport(request.MunicipalityId, request.Year, clock.GetUtcNow());
        try
        {
            probe.ReplaceContent(
                new ReportContent(
                    achievements.Select(a => new AchievementDraft(null, a.Direction, a.Text!)).ToList(),
                    tasks.Select(t => new PlannedTaskDraft(null, t.Text!, t.Direction)).ToList(),
                    values.Select(v => new IndicatorValueDraft(v.IndicatorId, v.Value, v.Note)).ToList(),
                    []),
                byId);
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                var renamed = IndicatorValueField().Replace(
                    field,
                    m => $"indicators[{sources[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]}]");
                errors[renamed] = messages;
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return new SaveReportRequest(achievements, tasks, values, []);
    }

    private static Indicator? ResolveIndicator(
        ImportIndicatorValue? figure,
        IReadOnlyDictionary<int, Indicator> byId,
        IReadOnlyDictionary<string, Indicator> byCode,
        out (string Field, string Message) problem)
    {
        problem = default;
        if (figure is null || (string.IsNullOrWhiteSpace(figure.Code) && figure.IndicatorId is null))
        {
            problem = ("indicators[{i}]", "Name the indicator: give its code or indicatorId.");
            return null;
        }

        Indicator? byName = null;
        if (!string.IsNullOrWhiteSpace(figure.Code) && !byCode.TryGetValue(figure.Code.Trim(), out byName))
        {
            problem = ("indicators[{i}].code", $"Unknown indicator code «{figure.Code.Trim()}»: choose an indicator of the catalogue (GET /api/v1/indicators).");
            return null;
        }

        if (figure.IndicatorId is not { } id)
        {
            return byName;
        }

        if (!byId.TryGetValue(id, out var indicator))
        {
            problem = ("indicators[{i}].indicatorId", $"Unknown indicator {id}.");
            return null;
        }

        if (byName is not null && byName.Id != indicator.Id)
        {
            problem = ("indicators[{i}].indicatorId", $"Indicator {id} is «{indicator.Code}», not «{byName.Code}»: send one of them.");
            return null;
        }

        return indicator;
    }

    private static async Task<ImportTargetDto?> DescribeTargetAsync(
        IMunicipalPressDb db,
        Actor actor,
        int municipalityId,
        int year,
        CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking()
            .Where(m => m.Id == municipalityId)
            .Select(m => new { m.Id, m.Name, m.IsArchived })
            .SingleOrDefaultAsync(cancellationToken);
        if (municipality is null)
        {
            return null;
        }

        var name = municipality.Name;
        ImportTargetDto Target(ImportTargetState state, ReportingYearState? yearState, int? reportId, ReportStatus? status, string message) =>
            new(municipality.Id, name, year, state, yearState, reportId, status, message);

        if (!ReportAccess.CanWrite(actor, municipality.Id))
        {
            return Target(ImportTargetState.Forbidden, null, null, null,
                $"Only {name}'s press officers (or an administrator) can import its reports.");
        }

        var campaign = await db.ReportingYears.AsNoTracking()
            .Where(y => y.Year == year)
            .Select(y => (ReportingYearState?)y.State)
            .SingleOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return Target(ImportTargetState.NoReportingYear, null, null, null, actor.IsAdministrator
                ? $"There is no reporting year {year}. Create it first (administration of reporting years, or POST /api/v1/reporting-years), then import again."
                : $"There is no reporting year {year} in the portal: ask an administrator to create it.");
        }

        var report = await db.AnnualReports.AsNoTracking()
            .Where(r => r.MunicipalityId == municipality.Id && r.Year == year)
            .Select(r => new
            {
                r.Id,
                r.Status,
                Achievements = r.Achievements.Count,
                Tasks = r.PlannedTasks.Count,
                Values = r.IndicatorValues.Count,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return municipality.IsArchived
                ? Target(ImportTargetState.Archived, campaign, null, null, $"{name} is archived: it takes no new reports.")
                : Target(ImportTargetState.NewDraft, campaign, null, null, $"A new draft of {name}'s report for {year} will be created.");
        }

        return report.Status switch
        {
            ReportStatus.Approved => Target(ImportTargetState.Locked, campaign, report.Id, report.Status,
                $"{name} already has an approved report for {year}; an import never overwrites it. An administrator can reopen it first."),
            ReportStatus.Submitted => Target(ImportTargetState.Locked, campaign, report.Id, report.Status,
                $"{name} has submitted its report for {year}; an import never overwrites it. It can be imported into once a reviewer returns it."),
            _ when report.Achievements + report.Tasks + report.Values > 0 => Target(ImportTargetState.DraftWithContent, campaign, report.Id, report.Status,
                $"{name}'s {(report.Status == ReportStatus.Returned ? "returned report" : "draft")} for {year} already has content "
                + $"({report.Achievements} achievements, {report.Tasks} tasks, {report.Values} figures): the import replaces it."),
            _ => Target(ImportTargetState.EmptyDraft, campaign, report.Id, report.Status,
                $"{name}'s empty {(report.Status == ReportStatus.Returned ? "returned report" : "draft")} for {year} will be filled."),
        };
    }

    [GeneratedRegex(@"^indicatorValues\[(\d+)\]")]
    private static partial Regex IndicatorValueField();
}
