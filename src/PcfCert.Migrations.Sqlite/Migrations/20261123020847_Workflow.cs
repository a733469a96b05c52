using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Workflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certification_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplementRequests = table.Column<string>(type: "TEXT", nullable: false),
                    FileCompleteOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderedToSuspendBusiness = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListedAsSeriouslyIllegal = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Pauses = table.Column<string>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SchemeId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Applicant = table.Column<string>(type: "TEXT", nullable: false),
                    Manufacturer = table.Column<string>(type: "TEXT", nullable: false),
                    Factory = table.Column<string>(type: "TEXT", nullable: false),
                    Trademark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Units = table.Column<string>(type: "TEXT", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Transitions = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    Review = table.Column<string>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", nullable: true),
                    DocumentReview = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ItemsToSupplyOnSite = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Checklist = table.Column<string>(type: "TEXT", nullable: false),
                    ConsistencyChecks = table.Column<string>(type: "TEXT", nullable: false),
                    Nonconformities = table.Column<string>(type: "TEXT", nullable: false),
                    InspectionConclusion = table.Column<string>(type: "TEXT", nullable: true),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    PersonDays = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Plan = table.Column<string>(type: "TEXT", nullable: true),
                    ModelVersions = table.Column<string>(type: "TEXT", nullable: false),
                    VerificationItems = table.Column<string>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: false),
                    VerifiedValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certification_applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certification_applications_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "personnel_register",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    PersonnelTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", nullable: false),
                    ProductAreas = table.Column<string>(type: "TEXT", nullable: false),
                    ConflictsOfInterest = table.Column<string>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_register", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "footprint_model_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ModelJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    InputSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_footprint_model_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_footprint_model_versions_certification_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "certification_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_Entity_EntityId",
                table: "audit_entries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_applications_Number",
                table: "certification_applications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certification_applications_OrganisationId",
                table: "certification_applications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_certification_applications_Status",
                table: "certification_applications",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_footprint_model_versions_ApplicationId_Version",
                table: "footprint_model_versions",
                columns: new[] { "ApplicationId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_personnel_register_UserId",
                table: "personnel_register",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_stored_files_OrganisationId",
                table: "stored_files",
                column: "OrganisationId");

            // The audit trail is append-only in the database too, whatever the app does.
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_delete;");
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "footprint_model_versions");

            migrationBuilder.DropTable(
                name: "personnel_register");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "certification_applications");
        }
    }
}
