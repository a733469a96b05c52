using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SupplierFactors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OwnerOrganisationId",
                table: "emission_factors",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DocumentFileId",
                table: "emission_factor_versions",
                type: "uuid",
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
                name: "OwnerOrganisationId",
                table: "emission_factors");

            migrationBuilder.DropColumn(
                name: "DocumentFileId",
                table: "emission_factor_versions");
        }
    }
}
