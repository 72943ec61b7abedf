using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("annual_reports");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);

        // xmin is PostgreSQL's row version: every UPDATE changes it, so a stale save fails (concurrency).
        // Named explicitly so the snake_case pass leaves the system column alone.
        builder.Property(r => r.Version).IsRowVersion().HasColumnName("xmin");

        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportingYear>().WithMany().HasForeignKey(r => r.Year).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MunicipalityId, r.Year }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.Status });

        builder.HasMany(r => r.Achievements).WithOne().HasForeignKey(a => a.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.PlannedTasks).WithOne().HasForeignKey(t => t.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.IndicatorValues).WithOne().HasForeignKey(v => v.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.PeerHighlights).WithOne().HasForeignKey(h => h.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.ReviewComments).WithOne().HasForeignKey(c => c.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.AcknowledgedFlags).WithOne().HasForeignKey(f => f.AnnualReportId).OnDelete(DeleteBehavior.Cascade);

        foreach (var collection in new[]
                 {
                     nameof(AnnualReport.Achievements), nameof(AnnualReport.PlannedTasks),
                     nameof(AnnualReport.IndicatorValues), nameof(AnnualReport.PeerHighlights),
                     nameof(AnnualReport.ReviewComments), nameof(AnnualReport.AcknowledgedFlags),
                 })
        {
            builder.Navigation(collection).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}
