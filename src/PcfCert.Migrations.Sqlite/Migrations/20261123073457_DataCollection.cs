using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DataCollection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "emission_factors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emission_factors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    Product = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventories_certification_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "certification_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    RowsRead = table.Column<int>(type: "INTEGER", nullable: false),
                    LinesImported = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", nullable: true),
                    Issues = table.Column<string>(type: "TEXT", nullable: false),
                    Matches = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_imports_certification_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "certification_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "emission_factor_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FactorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KgCO2e = table.Column<double>(type: "REAL", nullable: true),
                    Gases = table.Column<string>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    SourceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Geography = table.Column<string>(type: "TEXT", nullable: true),
                    GwpBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Ter = table.Column<double>(type: "REAL", nullable: true),
                    Ger = table.Column<double>(type: "REAL", nullable: true),
                    Tir = table.Column<double>(type: "REAL", nullable: true),
                    P = table.Column<double>(type: "REAL", nullable: true),
                    UncertaintyGsd = table.Column<double>(type: "REAL", nullable: true),
                    LicenceNote = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emission_factor_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_emission_factor_versions_emission_factors_FactorId",
                        column: x => x.FactorId,
                        principalTable: "emission_factors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InventoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Amount = table.Column<double>(type: "REAL", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", nullable: false),
                    Acquisition = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DistanceKm = table.Column<double>(type: "REAL", nullable: true),
                    OriginPlace = table.Column<string>(type: "TEXT", nullable: true),
                    TransportFactor = table.Column<string>(type: "TEXT", nullable: true),
                    DataSource = table.Column<string>(type: "TEXT", nullable: true),
                    DataKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FactorKey = table.Column<string>(type: "TEXT", nullable: true),
                    PlantLevel = table.Column<bool>(type: "INTEGER", nullable: false),
                    CutOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    SourceSheet = table.Column<string>(type: "TEXT", nullable: true),
                    SourceRow = table.Column<int>(type: "INTEGER", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_lines_inventories_InventoryId",
                        column: x => x.InventoryId,
                        principalTable: "inventories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_emission_factor_versions_Code_Version",
                table: "emission_factor_versions",
                columns: new[] { "Code", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emission_factor_versions_FactorId",
                table: "emission_factor_versions",
                column: "FactorId");

            migrationBuilder.CreateIndex(
                name: "IX_emission_factors_Code",
                table: "emission_factors",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventories_ApplicationId_UnitIndex",
                table: "inventories",
                columns: new[] { "ApplicationId", "UnitIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_imports_ApplicationId_UnitIndex",
                table: "inventory_imports",
                columns: new[] { "ApplicationId", "UnitIndex" });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_lines_InventoryId_Position",
                table: "inventory_lines",
                columns: new[] { "InventoryId", "Position" });
            // Factor versions are evidence: the database refuses to change or remove one, whoever asks.
            migrationBuilder.Sql("CREATE TRIGGER emission_factor_versions_no_update BEFORE UPDATE ON emission_factor_versions BEGIN SELECT RAISE(ABORT, 'emission_factor_versions is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER emission_factor_versions_no_delete BEFORE DELETE ON emission_factor_versions BEGIN SELECT RAISE(ABORT, 'emission_factor_versions is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS emission_factor_versions_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS emission_factor_versions_no_delete;");
            migrationBuilder.DropTable(
                name: "emission_factor_versions");

            migrationBuilder.DropTable(
                name: "inventory_imports");

            migrationBuilder.DropTable(
                name: "inventory_lines");

            migrationBuilder.DropTable(
                name: "emission_factors");

            migrationBuilder.DropTable(
                name: "inventories");
        }
    }
}
