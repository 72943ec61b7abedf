using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class AcknowledgedFlagConfiguration : IEntityTypeConfiguration<AcknowledgedFlag>
{
    public void Configure(EntityTypeBuilder<AcknowledgedFlag> builder)
    {
        builder.ToTable("acknowledged_flags");
        builder.Property(f => f.Key).HasMaxLength(AcknowledgedFlag.KeyMaxLength).IsRequired();
        builder.Property(f => f.AcknowledgedById).HasMaxLength(ReviewComment.AuthorMaxLength).IsRequired();
        builder.Property(f => f.AcknowledgedByName).HasMaxLength(ReviewComment.AuthorMaxLength).IsRequired();
        builder.HasIndex(f => new { f.AnnualReportId, f.Key }).IsUnique();
    }
}
