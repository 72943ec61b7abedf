using Microsoft.EntityFrameworkCore;
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

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
