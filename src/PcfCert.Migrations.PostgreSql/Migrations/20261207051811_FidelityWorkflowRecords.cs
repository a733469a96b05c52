using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class FidelityWorkflowRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AcceptanceReview",
                table: "certification_applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Declarations",
                table: "certification_applications",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "EvaluationReport",
                table: "certification_applications",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactoryProfile",
                table: "certification_applications",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcceptanceReview",
                table: "certification_applications");

            migrationBuilder.DropColumn(
                name: "Declarations",
                table: "certification_applications");

            migrationBuilder.DropColumn(
                name: "EvaluationReport",
                table: "certification_applications");

            migrationBuilder.DropColumn(
                name: "FactoryProfile",
                table: "certification_applications");
        }
    }
}
