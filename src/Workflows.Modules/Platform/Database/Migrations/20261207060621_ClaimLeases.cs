using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class ClaimLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "claimed_by",
                schema: "astra",
                table: "timers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "claimed_by",
                schema: "astra",
                table: "task_escalation_timers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "claimed_by",
                schema: "astra",
                table: "outbox",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "claimed_by",
                schema: "astra",
                table: "legal_alert_timers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "scheduler_nodes",
                schema: "astra",
                columns: table => new
                {
                    node_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    heartbeat_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scheduler_nodes", x => x.node_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scheduler_nodes",
                schema: "astra");

            migrationBuilder.DropColumn(
                name: "claimed_by",
                schema: "astra",
                table: "timers");

            migrationBuilder.DropColumn(
                name: "claimed_by",
                schema: "astra",
                table: "task_escalation_timers");

            migrationBuilder.DropColumn(
                name: "claimed_by",
                schema: "astra",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "claimed_by",
                schema: "astra",
                table: "legal_alert_timers");
        }
    }
}
