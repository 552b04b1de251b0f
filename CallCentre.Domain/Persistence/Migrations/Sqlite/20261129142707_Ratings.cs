using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCentre.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ratings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Solved = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    RatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRatings_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseRatings_CaseEvents_ResponseEventId",
                        column: x => x.ResponseEventId,
                        principalTable: "CaseEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseRatings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseRatings_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRatings_CaseId",
                table: "CaseRatings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRatings_OrganisationId",
                table: "CaseRatings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRatings_RatedAtUtc_OrganisationId",
                table: "CaseRatings",
                columns: new[] { "RatedAtUtc", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseRatings_RecordedById",
                table: "CaseRatings",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRatings_ResponseEventId",
                table: "CaseRatings",
                column: "ResponseEventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseRatings");
        }
    }
}
