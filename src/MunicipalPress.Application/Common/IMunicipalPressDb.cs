using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MunicipalPress.Domain.Auditing;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Application.Common;

/// <summary>
/// The DbSets the use cases work on. EF Core is used directly (no repositories): see docs/decisions.
/// One instance per operation, created by <see cref="IMunicipalPressDbFactory"/>.
/// </summary>
public interface IMunicipalPressDb : IAsyncDisposable
{
    DbSet<Region> Regions { get; }

    DbSet<Municipality> Municipalities { get; }

    DbSet<ReportingYear> ReportingYears { get; }

    DbSet<Indicator> Indicators { get; }

    DbSet<AnnualReport> AnnualReports { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>The acting user, recorded in the audit trail of the changes this context saves.</summary>
    Security.Actor? Actor { get; set; }

    /// <summary>For the few queries LINQ cannot say (search ranks and counts in one pass with a window function).</summary>
    DatabaseFacade Database { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
