using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Entity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Before = table.Column<string>(type: "text", nullable: true),
                    After = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certification_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplementRequests = table.Column<string>(type: "text", nullable: false),
                    FileCompleteOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OrderedToSuspendBusiness = table.Column<bool>(type: "boolean", nullable: false),
                    ListedAsSeriouslyIllegal = table.Column<bool>(type: "boolean", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Pauses = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SchemeId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Applicant = table.Column<string>(type: "text", nullable: false),
                    Manufacturer = table.Column<string>(type: "text", nullable: false),
                    Factory = table.Column<string>(type: "text", nullable: false),
                    Trademark = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Units = table.Column<string>(type: "text", nullable: false),
                    Documents = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Transitions = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    Review = table.Column<string>(type: "text", nullable: true),
                    Decision = table.Column<string>(type: "text", nullable: true),
                    DocumentReview = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ItemsToSupplyOnSite = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Checklist = table.Column<string>(type: "text", nullable: false),
                    ConsistencyChecks = table.Column<string>(type: "text", nullable: false),
                    Nonconformities = table.Column<string>(type: "text", nullable: false),
                    InspectionConclusion = table.Column<string>(type: "text", nullable: true),
                    Team = table.Column<string>(type: "text", nullable: false),
                    PersonDays = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Plan = table.Column<string>(type: "text", nullable: true),
                    ModelVersions = table.Column<string>(type: "text", nullable: false),
                    VerificationItems = table.Column<string>(type: "text", nullable: false),
                    Findings = table.Column<string>(type: "text", nullable: false),
                    VerifiedValue = table.Column<string>(type: "text", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    PersonnelTypes = table.Column<string>(type: "text", nullable: false),
                    Qualifications = table.Column<string>(type: "text", nullable: false),
                    ProductAreas = table.Column<string>(type: "text", nullable: false),
                    ConflictsOfInterest = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personnel_register", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stored_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "footprint_model_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ModelJson = table.Column<string>(type: "text", nullable: false),
                    ResultJson = table.Column<string>(type: "text", nullable: false),
                    InputSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_footprint_model_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_footprint_model_versions_certification_applications_Applica~",
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
            migrationBuilder.Sql("CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END $$;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_change ON audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_entries_append_only();");
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
