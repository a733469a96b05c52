using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PcfCert.Migrations.PostgreSql.Migrations
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
                    Seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_changes", x => x.Seq);
                });

            // Every write to certificates appends a row, so every instance sees any change (registry cache).
            migrationBuilder.Sql("""
                CREATE FUNCTION pcfcert_registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO registry_changes DEFAULT VALUES;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER certificates_registry_changed AFTER INSERT OR UPDATE OR DELETE ON certificates
                    FOR EACH STATEMENT EXECUTE FUNCTION pcfcert_registry_changed();
                """);
            // Holder search (LIKE '%…%', Chinese substrings included) on a trigram index.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_certificates_HolderName_trgm\" ON certificates USING gin (\"HolderName\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_certificates_HolderName_trgm\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS certificates_registry_changed ON certificates; DROP FUNCTION IF EXISTS pcfcert_registry_changed();");
            migrationBuilder.DropTable(
                name: "registry_changes");
        }
    }
}
