using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChangeInspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InspectionsJson",
                table: "certificate_change_requests",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]"); // requests filed before keep their latest inspection in InspectionReference/InspectionPassed
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InspectionsJson",
                table: "certificate_change_requests");
        }
    }
}
