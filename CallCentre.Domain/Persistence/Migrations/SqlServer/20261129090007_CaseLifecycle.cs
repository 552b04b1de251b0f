using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CallCentre.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AcknowledgedAtUtc",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DuplicateOfCaseId",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "Cases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionRequestedAtUtc",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionRequestedUntilUtc",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionState",
                table: "Cases",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<int>(
                name: "ReopenCount",
                table: "Cases",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Resolution",
                table: "Cases",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RespondedAtUtc",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponseText",
                table: "Cases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "Cases",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ResponseTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseTemplates_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResponseTemplates_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DuplicateOfCaseId",
                table: "Cases",
                column: "DuplicateOfCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseTemplates_OrganisationId_Title",
                table: "ResponseTemplates",
                columns: new[] { "OrganisationId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseTemplates_UpdatedById",
                table: "ResponseTemplates",
                column: "UpdatedById");

            migrationBuilder.AddForeignKey(
                name: "FK_Cases_Cases_DuplicateOfCaseId",
                table: "Cases",
                column: "DuplicateOfCaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Cases_Cases_DuplicateOfCaseId",
                table: "Cases");

            migrationBuilder.DropTable(
                name: "ResponseTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DuplicateOfCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AcknowledgedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "DuplicateOfCaseId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedUntilUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionState",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReopenCount",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Resolution",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RespondedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResponseText",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "Cases");
        }
    }
}
