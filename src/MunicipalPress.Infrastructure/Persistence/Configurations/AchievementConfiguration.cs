using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Application.Search;
using NpgsqlTypes;
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

        // Full-text search: Russian stems (weight A for the heading, B for the text) plus whole words with the
        // 'simple' configuration, which makes Ukrainian texts (no Ukrainian dictionary in PostgreSQL) findable too.
        builder.Property<NpgsqlTsVector>(SearchColumns.Vector)
            .HasColumnName("search_vector")
            .HasComputedColumnSql(SearchColumns.Sql("coalesce(direction, '')", "text"), stored: true);
        builder.HasIndex(SearchColumns.Vector).HasMethod("GIN");
    }
}
