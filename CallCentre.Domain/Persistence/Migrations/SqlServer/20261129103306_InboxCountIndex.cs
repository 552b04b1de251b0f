using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCentre.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InboxCountIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOrganisationId_Status_RespondByUtc_ReopenCount",
                table: "Cases",
                columns: new[] { "AssignedOrganisationId", "Status", "RespondByUtc", "ReopenCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedOrganisationId_Status_RespondByUtc_ReopenCount",
                table: "Cases");
        }
    }
}
