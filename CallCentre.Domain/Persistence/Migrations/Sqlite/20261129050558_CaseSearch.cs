using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCentre.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseWords",
                columns: table => new
                {
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Word = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseWords", x => new { x.Word, x.CaseId });
                    table.ForeignKey(
                        name: "FK_CaseWords_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_AssignedOrganisationId",
                table: "Cases",
                column: "AssignedOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseWords_CaseId_Word",
                table: "CaseWords",
                columns: new[] { "CaseId", "Word" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseWords");

            migrationBuilder.DropIndex(
                name: "IX_Cases_AssignedOrganisationId",
                table: "Cases");
        }
    }
}
