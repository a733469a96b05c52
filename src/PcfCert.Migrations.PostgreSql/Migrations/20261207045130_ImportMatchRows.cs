using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
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
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Index = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FactorId = table.Column<string>(type: "text", nullable: true),
                    AmountInModel = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: false),
                    TransportFactorId = table.Column<string>(type: "text", nullable: true),
                    TonneKilometres = table.Column<double>(type: "double precision", nullable: true),
                    SourceSheet = table.Column<string>(type: "text", nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: true)
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
