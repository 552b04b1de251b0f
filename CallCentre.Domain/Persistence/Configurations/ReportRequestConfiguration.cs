using CallCentre.Domain.Accounts;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class ReportRequestConfiguration : IEntityTypeConfiguration<ReportRequest>
{
    public void Configure(EntityTypeBuilder<ReportRequest> builder)
    {
        builder.Property(r => r.Language).HasMaxLength(ReportRequest.LanguageMaxLength);
        builder.Property(r => r.RequestedById).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.Property(r => r.FileName).HasMaxLength(ReportRequest.FileNameMaxLength);
        builder.Property(r => r.ErrorMessage).HasMaxLength(ReportRequest.ErrorMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.RequestedById, r.RequestedAtUtc });
        builder.HasIndex(r => r.Status);
    }
}
