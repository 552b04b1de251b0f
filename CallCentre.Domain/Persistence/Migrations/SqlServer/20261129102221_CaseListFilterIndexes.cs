using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCentre.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseListFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_DistrictId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DistrictId_Type",
                table: "Cases",
                columns: new[] { "DistrictId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionId_Type",
                table: "Cases",
                columns: new[] { "RegionId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Type_RegisteredAtUtc",
                table: "Cases",
                columns: new[] { "Type", "RegisteredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_DistrictId_Type",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_RegionId_Type",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Type_RegisteredAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DistrictId",
                table: "Cases",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_RegionId",
                table: "Cases",
                column: "RegionId");
        }
    }
}
