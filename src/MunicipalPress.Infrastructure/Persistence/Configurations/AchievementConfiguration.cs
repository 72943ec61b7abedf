using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> builder)
    {
        builder.ToTable("achievements");
        builder.Property(a => a.Direction).HasMaxLength(Achievement.DirectionMaxLength);
        builder.Property(a => a.Text).HasMaxLength(Achievement.TextMaxLength).IsRequired();
        builder.HasIndex(a => new { a.AnnualReportId, a.Order });
    }
}
