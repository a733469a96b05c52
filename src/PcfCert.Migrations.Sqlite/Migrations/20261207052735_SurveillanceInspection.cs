using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SurveillanceInspection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificate_surveillances_one_open_planned",
                table: "certificate_surveillances");

            migrationBuilder.AddColumn<string>(
                name: "Checklist",
                table: "certificate_surveillances",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ConsistencyChecks",
                table: "certificate_surveillances",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ModelVersions",
                table: "certificate_surveillances",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<decimal>(
                name: "NextReductionTarget",
                table: "certificate_surveillances",
                type: "TEXT",
                precision: 9,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PersonDays",
                table: "certificate_surveillances",
                type: "TEXT",
                precision: 6,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "Plan",
                table: "certificate_surveillances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PreviousFootprintValue",
                table: "certificate_surveillances",
                type: "TEXT",
                precision: 18,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ReductionTarget",
                table: "certificate_surveillances",
                type: "TEXT",
                precision: 9,
                scale: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Report",
                table: "certificate_surveillances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "certificate_surveillances",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "VerifiedValue",
                table: "certificate_surveillances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClauseId",
                table: "certificate_nonconformities",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "surveillance_model_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SurveillanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ModelJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    InputSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveillance_model_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_surveillance_model_versions_certificate_surveillances_SurveillanceId",
                        column: x => x.SurveillanceId,
                        principalTable: "certificate_surveillances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_certificate_surveillances_one_open_planned",
                table: "certificate_surveillances",
                column: "CertificateId",
                unique: true,
                filter: "\"Status\" <> 'Completed' AND NOT \"Unannounced\"");

            migrationBuilder.CreateIndex(
                name: "IX_surveillance_model_versions_SurveillanceId_Version",
                table: "surveillance_model_versions",
                columns: new[] { "SurveillanceId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "surveillance_model_versions");

            migrationBuilder.DropIndex(
                name: "IX_certificate_surveillances_one_open_planned",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "Checklist",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "ConsistencyChecks",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "ModelVersions",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "NextReductionTarget",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "PersonDays",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "Plan",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "PreviousFootprintValue",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "ReductionTarget",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "Report",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "VerifiedValue",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "ClauseId",
                table: "certificate_nonconformities");

            migrationBuilder.CreateIndex(
                name: "IX_certificate_surveillances_one_open_planned",
                table: "certificate_surveillances",
                column: "CertificateId",
                unique: true,
                filter: "\"Status\" = 'Open' AND NOT \"Unannounced\"");
        }
    }
}
