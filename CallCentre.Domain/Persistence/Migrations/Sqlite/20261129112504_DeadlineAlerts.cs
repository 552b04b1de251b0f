using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCentre.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlineAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DeadlineAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsLastOfRound = table.Column<bool>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineAlerts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_AcknowledgeByUtc_DeadlineRound",
                table: "Cases",
                columns: new[] { "Status", "AcknowledgeByUtc", "DeadlineRound" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_RespondByUtc_DeadlineRound",
                table: "Cases",
                columns: new[] { "Status", "RespondByUtc", "DeadlineRound" });

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_CaseId_Kind_Level_Round",
                table: "DeadlineAlerts",
                columns: new[] { "CaseId", "Kind", "Level", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineAlerts_Kind_Level_CaseId",
                table: "DeadlineAlerts",
                columns: new[] { "Kind", "Level", "CaseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeadlineAlerts");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_AcknowledgeByUtc_DeadlineRound",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_RespondByUtc_DeadlineRound",
                table: "Cases");
        }
    }
}
