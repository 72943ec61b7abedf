using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MunicipalPress.Domain.Geography;
using MunicipalPress.Domain.Indicators;
using MunicipalPress.Domain.Reporting;
using MunicipalPress.Domain.Reports;

namespace MunicipalPress.Infrastructure.Persistence.Configurations;

public sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ToTable("review_comments");
        builder.Property(c => c.AuthorId).HasMaxLength(ReviewComment.AuthorMaxLength).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(ReviewComment.AuthorMaxLength).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(ReviewComment.TextMaxLength).IsRequired();
        builder.HasIndex(c => new { c.AnnualReportId, c.CreatedAt });
    }
}
