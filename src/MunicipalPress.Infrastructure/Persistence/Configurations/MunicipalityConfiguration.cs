using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("municipalities");
        builder.Property(m => m.Name).HasMaxLength(Municipality.NameMaxLength).IsRequired();
        builder.Property(m => m.Slug).HasMaxLength(Municipality.SlugMaxLength).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne(m => m.Region).WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.HasIndex(m => new { m.RegionId, m.Name });
        builder.HasIndex(m => m.Name);
    }
}
