using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class CaseWorkQueuesNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "link",
                schema: "astra",
                table: "notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "task_queue_views",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    queue = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    task_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    shared_with_role = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_task_queue_views", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_task_queue_views_owner_id_name",
                schema: "astra",
                table: "task_queue_views",
                columns: new[] { "owner_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_task_queue_views_shared_with_role",
                schema: "astra",
                table: "task_queue_views",
                column: "shared_with_role",
                filter: "shared_with_role IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "task_queue_views",
                schema: "astra");

            migrationBuilder.DropColumn(
                name: "link",
                schema: "astra",
                table: "notifications");
        }
    }
}
