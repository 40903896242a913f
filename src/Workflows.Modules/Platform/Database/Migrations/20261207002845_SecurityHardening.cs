using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class SecurityHardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Stored feed tokens were the credentials themselves: drop them; each lawyer's next visit issues a new address.
            migrationBuilder.Sql("DELETE FROM astra.calendar_feed_tokens;");

            migrationBuilder.RenameColumn(
                name: "token",
                schema: "astra",
                table: "calendar_feed_tokens",
                newName: "token_hash");

            migrationBuilder.RenameIndex(
                name: "ix_calendar_feed_tokens_token",
                schema: "astra",
                table: "calendar_feed_tokens",
                newName: "ix_calendar_feed_tokens_token_hash");

            migrationBuilder.AddColumn<string>(
                name: "nonce",
                schema: "astra",
                table: "calendar_feed_tokens",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM astra.calendar_feed_tokens;");

            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "astra");

            migrationBuilder.DropColumn(
                name: "nonce",
                schema: "astra",
                table: "calendar_feed_tokens");

            migrationBuilder.RenameColumn(
                name: "token_hash",
                schema: "astra",
                table: "calendar_feed_tokens",
                newName: "token");

            migrationBuilder.RenameIndex(
                name: "ix_calendar_feed_tokens_token_hash",
                schema: "astra",
                table: "calendar_feed_tokens",
                newName: "ix_calendar_feed_tokens_token");
        }
    }
}
