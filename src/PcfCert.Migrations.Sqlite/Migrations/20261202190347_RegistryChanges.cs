using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PcfCert.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegistryChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_changes",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_changes", x => x.Seq);
                });

            // Every write to certificates appends a row, so the registry cache sees any change.
            foreach (var (name, on) in new[] { ("insert", "INSERT"), ("update", "UPDATE"), ("delete", "DELETE") })
            {
                migrationBuilder.Sql($"CREATE TRIGGER certificates_registry_{name} AFTER {on} ON certificates BEGIN INSERT INTO registry_changes (\"Seq\") VALUES (NULL); END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var name in new[] { "insert", "update", "delete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS certificates_registry_{name};");
            }
            migrationBuilder.DropTable(
                name: "registry_changes");
        }
    }
}
