using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCentre.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RespondByUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOrganisationId_RespondByUtc",
                table: "Cases",
                columns: new[] { "AssignedOrganisationId", "RespondByUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedOrganisationId_RespondByUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RespondByUtc",
                table: "Cases");
        }
    }
}
