using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("indicator_values");
        // Plain numeric keeps the scale of what was entered (2982, 39.6): no trailing zeros in JSON and exports.
        builder.Property(v => v.Value).HasColumnType("numeric");
        builder.Property(v => v.Note).HasMaxLength(IndicatorValue.NoteMaxLength);
        builder.HasOne<Indicator>().WithMany().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.AnnualReportId, v.IndicatorId }).IsUnique();
        builder.HasIndex(v => v.IndicatorId);
    }
}
