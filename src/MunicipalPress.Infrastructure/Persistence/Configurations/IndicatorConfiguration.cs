using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Indicators;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.Property(i => i.Code).HasMaxLength(Indicator.CodeMaxLength).IsRequired();
        builder.Property(i => i.NameRu).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        builder.Property(i => i.NameUk).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        builder.Property(i => i.NameEn).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(Indicator.UnitMaxLength).IsRequired();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.MinValue).HasColumnType("numeric");
        builder.Property(i => i.MaxValue).HasColumnType("numeric");
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => new { i.IsActive, i.SortOrder });
    }
}
