using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CertificateVersionNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "certificate_versions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "certificate_versions",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidUntil",
                table: "certificate_versions",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Every version issued before this migration kept its certificate's number and validity (changes always did).
            migrationBuilder.Sql(
                """
                UPDATE certificate_versions SET
                    "Number" = (SELECT c."Number" FROM certificates c WHERE c."Id" = certificate_versions."CertificateId"),
                    "ValidFrom" = (SELECT c."IssuedOn" FROM certificates c WHERE c."Id" = certificate_versions."CertificateId"),
                    "ValidUntil" = (SELECT c."ValidUntil" FROM certificates c WHERE c."Id" = certificate_versions."CertificateId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_certificate_versions_Number",
                table: "certificate_versions",
                column: "Number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificate_versions_Number",
                table: "certificate_versions");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "certificate_versions");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "certificate_versions");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                table: "certificate_versions");
        }
    }
}
