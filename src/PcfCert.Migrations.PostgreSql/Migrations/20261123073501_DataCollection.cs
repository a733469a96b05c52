using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    CurrentVersion = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emission_factors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitIndex = table.Column<int>(type: "integer", nullable: false),
                    Product = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitIndex = table.Column<int>(type: "integer", nullable: false),
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "text", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TotalRows = table.Column<int>(type: "integer", nullable: false),
                    RowsRead = table.Column<int>(type: "integer", nullable: false),
                    LinesImported = table.Column<int>(type: "integer", nullable: false),
                    FailureReason = table.Column<string>(type: "text", nullable: true),
                    Issues = table.Column<string>(type: "text", nullable: false),
                    Matches = table.Column<string>(type: "text", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FactorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    NameZh = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    KgCO2e = table.Column<double>(type: "double precision", nullable: true),
                    Gases = table.Column<string>(type: "text", nullable: true),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    SourceUrl = table.Column<string>(type: "text", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Geography = table.Column<string>(type: "text", nullable: true),
                    GwpBasis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Ter = table.Column<double>(type: "double precision", nullable: true),
                    Ger = table.Column<double>(type: "double precision", nullable: true),
                    Tir = table.Column<double>(type: "double precision", nullable: true),
                    P = table.Column<double>(type: "double precision", nullable: true),
                    UncertaintyGsd = table.Column<double>(type: "double precision", nullable: true),
                    LicenceNote = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ChangeNote = table.Column<string>(type: "text", nullable: true),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InventoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Amount = table.Column<double>(type: "double precision", nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: false),
                    Acquisition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DistanceKm = table.Column<double>(type: "double precision", nullable: true),
                    OriginPlace = table.Column<string>(type: "text", nullable: true),
                    TransportFactor = table.Column<string>(type: "text", nullable: true),
                    DataSource = table.Column<string>(type: "text", nullable: true),
                    DataKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FactorKey = table.Column<string>(type: "text", nullable: true),
                    PlantLevel = table.Column<bool>(type: "boolean", nullable: false),
                    CutOff = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "text", nullable: true),
                    SourceSheet = table.Column<string>(type: "text", nullable: true),
                    SourceRow = table.Column<int>(type: "integer", nullable: true),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
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
            migrationBuilder.Sql("CREATE FUNCTION emission_factor_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'emission_factor_versions is append-only'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER emission_factor_versions_no_change BEFORE UPDATE OR DELETE ON emission_factor_versions FOR EACH ROW EXECUTE FUNCTION emission_factor_versions_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS emission_factor_versions_no_change ON emission_factor_versions;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS emission_factor_versions_append_only();");
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
