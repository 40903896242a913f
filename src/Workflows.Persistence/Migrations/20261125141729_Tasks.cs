using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Tasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "task_escalation_timers",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    fire_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notify = table.Column<string>(type: "jsonb", nullable: false),
                    raise_priority = table.Column<bool>(type: "boolean", nullable: false),
                    reassign_to_role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    job_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_escalation_timers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "task_escalations",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_escalations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    bookmark_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    bookmark_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    task_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    priority = table.Column<short>(type: "smallint", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    due_sort = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    follow_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    escalation_level = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    form = table.Column<string>(type: "jsonb", nullable: false),
                    outcomes = table.Column<string>(type: "jsonb", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                schema: "astra",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_task_escalation_timers_fire_at_dispatched_at",
                schema: "astra",
                table: "task_escalation_timers",
                columns: new[] { "fire_at", "dispatched_at" });

            migrationBuilder.CreateIndex(
                name: "ix_task_escalation_timers_task_id",
                schema: "astra",
                table: "task_escalation_timers",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_task_escalations_task_id_level",
                schema: "astra",
                table: "task_escalations",
                columns: new[] { "task_id", "level" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_available",
                schema: "astra",
                table: "tasks",
                columns: new[] { "role", "due_sort", "priority", "id" },
                descending: new[] { false, false, true, false },
                filter: "status = 'open' AND assignee_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_bookmark_id",
                schema: "astra",
                table: "tasks",
                column: "bookmark_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_by_status_due",
                schema: "astra",
                table: "tasks",
                columns: new[] { "status", "due_sort", "priority", "id" },
                descending: new[] { false, false, true, false });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_case_id_status",
                schema: "astra",
                table: "tasks",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_instance_id",
                schema: "astra",
                table: "tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_mine",
                schema: "astra",
                table: "tasks",
                columns: new[] { "assignee_id", "due_sort", "priority", "id" },
                descending: new[] { false, false, true, false },
                filter: "status = 'open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "task_escalation_timers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "task_escalations",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "astra");
        }
    }
}
