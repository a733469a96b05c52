using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Certificates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certificate_number_counters",
                columns: table => new
                {
                    scheme_id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_sequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_number_counters", x => new { x.scheme_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SchemeId = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HolderOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProjectReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InitialInspectionEndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuspendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SuspensionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecertificationRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecertificationRequiredSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReplacedByNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReplacesNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificates_organisations_HolderOrganisationId",
                        column: x => x.HolderOrganisationId,
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "certificate_change_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AmendmentJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InspectionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InspectionPassed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ResultingVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_change_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_change_requests_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_footprint_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 6, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_footprint_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_footprint_reports_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_holder_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_holder_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_holder_requests_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_notices_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_status_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_status_changes_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_surveillances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Unannounced = table.Column<bool>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CarriedOutOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InspectionReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    FootprintValue = table.Column<decimal>(type: "TEXT", nullable: true),
                    FootprintBelowPreviousYear = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReductionTargetMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_surveillances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_surveillances_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticularsJson = table.Column<string>(type: "TEXT", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChangeRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupersededOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_versions_certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "certificate_nonconformities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RectifyBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SurveillanceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_nonconformities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certificate_nonconformities_certificate_surveillances_SurveillanceId",
                        column: x => x.SurveillanceId,
                        principalTable: "certificate_surveillances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_certificate_change_requests_CertificateId",
                table: "certificate_change_requests",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_certificate_footprint_reports_CertificateId_Month",
                table: "certificate_footprint_reports",
                columns: new[] { "CertificateId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_certificate_holder_requests_CertificateId",
                table: "certificate_holder_requests",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_certificate_nonconformities_SurveillanceId",
                table: "certificate_nonconformities",
                column: "SurveillanceId");

            migrationBuilder.CreateIndex(
                name: "IX_certificate_notices_CertificateId",
                table: "certificate_notices",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_certificate_notices_Key",
                table: "certificate_notices",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificate_status_changes_CertificateId_Sequence",
                table: "certificate_status_changes",
                columns: new[] { "CertificateId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificate_surveillances_CertificateId",
                table: "certificate_surveillances",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_certificate_versions_CertificateId_Version",
                table: "certificate_versions",
                columns: new[] { "CertificateId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_HolderName",
                table: "certificates",
                column: "HolderName");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_HolderOrganisationId",
                table: "certificates",
                column: "HolderOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_certificates_Number",
                table: "certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_SchemeId_NumberYear_NumberSequence",
                table: "certificates",
                columns: new[] { "SchemeId", "NumberYear", "NumberSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_Status",
                table: "certificates",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificate_change_requests");

            migrationBuilder.DropTable(
                name: "certificate_footprint_reports");

            migrationBuilder.DropTable(
                name: "certificate_holder_requests");

            migrationBuilder.DropTable(
                name: "certificate_nonconformities");

            migrationBuilder.DropTable(
                name: "certificate_notices");

            migrationBuilder.DropTable(
                name: "certificate_number_counters");

            migrationBuilder.DropTable(
                name: "certificate_status_changes");

            migrationBuilder.DropTable(
                name: "certificate_versions");

            migrationBuilder.DropTable(
                name: "certificate_surveillances");

            migrationBuilder.DropTable(
                name: "certificates");
        }
    }
}
