using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SurveillanceNonconformityLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "certificate_nonconformities",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Open");

            migrationBuilder.AddColumn<string>(
                name: "Submissions",
                table: "certificate_nonconformities",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            // Nonconformities closed before this migration were closed after verification.
            migrationBuilder.Sql("UPDATE certificate_nonconformities SET \"Status\" = 'Closed' WHERE \"ClosedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_certificate_surveillances_one_open_planned",
                table: "certificate_surveillances",
                column: "CertificateId",
                unique: true,
                filter: "\"Status\" = 'Open' AND NOT \"Unannounced\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificate_surveillances_one_open_planned",
                table: "certificate_surveillances");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "certificate_nonconformities");

            migrationBuilder.DropColumn(
                name: "Submissions",
                table: "certificate_nonconformities");
        }
    }
}
