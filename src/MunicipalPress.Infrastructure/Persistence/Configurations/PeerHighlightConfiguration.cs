using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Application.Search;
using NpgsqlTypes;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class PeerHighlightConfiguration : IEntityTypeConfiguration<PeerHighlight>
{
    public void Configure(EntityTypeBuilder<PeerHighlight> builder)
    {
        builder.ToTable("peer_highlights");
        builder.Property(h => h.Text).HasMaxLength(PeerHighlight.TextMaxLength).IsRequired();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(h => h.MentionedMunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => h.AnnualReportId);
        builder.HasIndex(h => h.MentionedMunicipalityId);

        // Full-text search: Russian stems (weight A for the heading, B for the text) plus whole words with the
        // 'simple' configuration, which makes Ukrainian texts (no Ukrainian dictionary in PostgreSQL) findable too.
        builder.Property<NpgsqlTsVector>(SearchColumns.Vector)
            .HasColumnName("search_vector")
            .HasComputedColumnSql(SearchColumns.Sql("''", "text"), stored: true);
        builder.HasIndex(SearchColumns.Vector).HasMethod("GIN");
    }
}
