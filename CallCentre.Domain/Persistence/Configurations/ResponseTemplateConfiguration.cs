using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class ResponseTemplateConfiguration : IEntityTypeConfiguration<ResponseTemplate>
{
    public void Configure(EntityTypeBuilder<ResponseTemplate> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(ResponseTemplate.TitleMaxLength);
        builder.Property(t => t.Text).HasMaxLength(CaseRules.ResponseMaxLength);
        builder.Property(t => t.UpdatedById).HasMaxLength(450);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.OrganisationId, t.Title });
    }
}
