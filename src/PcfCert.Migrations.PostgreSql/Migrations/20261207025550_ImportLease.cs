using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ImportLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "inventory_imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HeartbeatAt",
                table: "inventory_imports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "inventory_imports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "inventory_imports");

            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "inventory_imports");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "inventory_imports");
        }
    }
}
