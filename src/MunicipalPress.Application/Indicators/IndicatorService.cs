using Microsoft.EntityFrameworkCore;
using MunicipalPress.Application.Common;
using MunicipalPress.Application.Security;
using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Application.Indicators;

public sealed class IndicatorService(IMunicipalPressDbFactory dbFactory)
{
    /// <summary>
    /// The catalogue in display order. Drafts (not yet published to the forms) only when <paramref name="includeDrafts"/>
    /// is asked for, which the catalogue page and an administrator's API call do: nobody else sees them.
    /// </summary>
    public async Task<IReadOnlyList<IndicatorDto>> ListAsync(
        bool includeInactive = true,
        bool includeDrafts = false,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        var indicators = db.Indicators.AsNoTracking();
        if (!includeInactive)
        {
            indicators = indicators.Where(i => i.IsActive);
        }

        if (!includeDrafts)
        {
            indicators = indicators.Where(i => i.IsPublished);
        }

        return await indicators
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new IndicatorDto(
                i.Id, i.Code, i.NameRu, i.NameUk, i.NameEn, i.Unit, i.Kind, i.Category,
                i.MinValue, i.MaxValue, i.IsRequired, i.IsActive, i.SortOrder, i.IsPublished))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A new indicator starts as a draft: no form shows it until <see cref="PublishAsync"/>.</summary>
    public async Task<IndicatorDto> CreateAsync(Actor actor, IndicatorRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        if (await db.Indicators.AnyAsync(i => i.Code == request.Code, cancellationToken))
        {
            RequestValidator.Fail("code", $"An indicator with code {request.Code} already exists.");
        }

        var indicator = new Indicator(
            request.Code, request.NameRu, request.NameUk, request.NameEn, request.Unit ?? string.Empty, request.Kind,
            request.Category, request.SortOrder, request.MinValue, request.MaxValue, request.IsRequired, isDraft: true);
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(indicator);
    }

    /// <summary>Changes names, unit, kind, category, bounds and order; the code stays (exports refer to it).</summary>
    public async Task<IndicatorDto?> UpdateAsync(Actor actor, int id, IndicatorRequest request, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        RequestValidator.Validate(request);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        if (request.Code != indicator.Code)
        {
            RequestValidator.Fail("code", "The code of an indicator cannot change: exports and imports refer to it.");
        }

        indicator.Rename(request.NameRu, request.NameUk, request.NameEn, request.Unit ?? string.Empty);
        indicator.Reclassify(request.Kind, request.Category, request.SortOrder, request.IsRequired);
        indicator.SetBounds(request.MinValue, request.MaxValue);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(indicator);
    }

    /// <summary>Deactivated indicators leave the form; values already entered stay readable.</summary>
    public async Task<IndicatorDto?> SetActiveAsync(Actor actor, int id, bool active, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        if (active)
        {
            indicator.Activate();
        }
        else
        {
            indicator.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return ToDto(indicator);
    }

    /// <summary>
    /// Puts a draft on every report form, in its place in the catalogue's order (set that first: open forms take it
    /// in on their next load). Publishing again changes nothing.
    /// </summary>
    public async Task<IndicatorDto?> PublishAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        AdminAccess.EnsureAdministrator(actor);
        await using var db = await dbFactory.CreateAsync(cancellationToken);
        db.Actor = actor;
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return null;
        }

        indicator.Publish();
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(indicator);
    }

    internal static IndicatorDto ToDto(Indicator i) => new(
        i.Id, i.Code, i.NameRu, i.NameUk, i.NameEn, i.Unit, i.Kind, i.Category,
        i.MinValue, i.MaxValue, i.IsRequired, i.IsActive, i.SortOrder, i.IsPublished);
}
