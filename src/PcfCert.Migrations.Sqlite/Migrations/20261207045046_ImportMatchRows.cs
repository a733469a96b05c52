using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImportMatchRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inventory_import_matches",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FactorId = table.Column<string>(type: "TEXT", nullable: true),
                    AmountInModel = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    TransportFactorId = table.Column<string>(type: "TEXT", nullable: true),
                    TonneKilometres = table.Column<double>(type: "REAL", nullable: true),
                    SourceSheet = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRow = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_import_matches", x => new { x.ImportId, x.Index });
                    table.ForeignKey(
                        name: "FK_inventory_import_matches_inventory_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "inventory_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_import_matches");
        }
    }
}
