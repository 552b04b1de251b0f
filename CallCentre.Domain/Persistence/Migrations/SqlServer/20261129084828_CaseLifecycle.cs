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
                defaultValue: "");

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

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DuplicateOfCaseId",
                table: "Cases",
                column: "DuplicateOfCaseId");

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
