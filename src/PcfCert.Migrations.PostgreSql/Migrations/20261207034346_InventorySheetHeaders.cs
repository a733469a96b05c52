using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InventorySheetHeaders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sheets",
                table: "inventories",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sheets",
                table: "inventories");
        }
    }
}
