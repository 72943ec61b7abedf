using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Geography;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("regions");
        builder.Property(r => r.Name).HasMaxLength(Region.NameMaxLength).IsRequired();
        builder.Property(r => r.CountryCode).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.HasIndex(r => r.Name).IsUnique();
    }
}
