using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CertificateFromDecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ApplicationId",
                table: "certificates",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "certificates",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitIndex",
                table: "certificates",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_ApplicationId_UnitIndex",
                table: "certificates",
                columns: new[] { "ApplicationId", "UnitIndex" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificates_ApplicationId_UnitIndex",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "ApplicationId",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "UnitIndex",
                table: "certificates");
        }
    }
}
