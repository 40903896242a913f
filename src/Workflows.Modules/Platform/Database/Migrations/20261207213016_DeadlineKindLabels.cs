using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineKindLabels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "label_sr_cyrl",
                schema: "astra",
                table: "legal_deadline_kinds",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "label_sr_latn",
                schema: "astra",
                table: "legal_deadline_kinds",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "label_sr_cyrl",
                schema: "astra",
                table: "legal_deadline_kinds");

            migrationBuilder.DropColumn(
                name: "label_sr_latn",
                schema: "astra",
                table: "legal_deadline_kinds");
        }
    }
}
