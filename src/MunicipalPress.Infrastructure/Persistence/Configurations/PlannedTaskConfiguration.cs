using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Application.Search;
using NpgsqlTypes;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class PlannedTaskConfiguration : IEntityTypeConfiguration<PlannedTask>
{
    public void Configure(EntityTypeBuilder<PlannedTask> builder)
    {
        builder.ToTable("planned_tasks");
        builder.Property(t => t.Text).HasMaxLength(PlannedTask.TextMaxLength).IsRequired();
        builder.Property(t => t.Direction).HasMaxLength(Achievement.DirectionMaxLength);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.OutcomeComment).HasMaxLength(PlannedTask.CommentMaxLength);
        builder.HasIndex(t => new { t.AnnualReportId, t.Order });

        // Full-text search: Russian stems (weight A for the heading, B for the text) plus whole words with the
        // 'simple' configuration, which makes Ukrainian texts (no Ukrainian dictionary in PostgreSQL) findable too.
        builder.Property<NpgsqlTsVector>(SearchColumns.Vector)
            .HasColumnName("search_vector")
            .HasComputedColumnSql(SearchColumns.Sql("coalesce(direction, '')", "text"), stored: true);
        builder.HasIndex(SearchColumns.Vector).HasMethod("GIN");
    }
}
