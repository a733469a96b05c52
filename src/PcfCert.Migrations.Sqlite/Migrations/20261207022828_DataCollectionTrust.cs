using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DataCollectionTrust : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Primary",
                table: "inventory_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EvidenceLossConfirmed",
                table: "inventory_imports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "OwnerOrganisationId",
                table: "emission_factors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DocumentFileId",
                table: "emission_factor_versions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_emission_factors_OwnerOrganisationId",
                table: "emission_factors",
                column: "OwnerOrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_emission_factors_OwnerOrganisationId",
                table: "emission_factors");

            migrationBuilder.DropColumn(
                name: "Primary",
                table: "inventory_lines");

            migrationBuilder.DropColumn(
                name: "EvidenceLossConfirmed",
                table: "inventory_imports");

            migrationBuilder.DropColumn(
                name: "OwnerOrganisationId",
                table: "emission_factors");

            migrationBuilder.DropColumn(
                name: "DocumentFileId",
                table: "emission_factor_versions");
        }
    }
}
