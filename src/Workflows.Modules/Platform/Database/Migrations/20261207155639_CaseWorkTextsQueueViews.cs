using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class CaseWorkTextsQueueViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "texts",
                schema: "astra",
                table: "tasks",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "link",
                schema: "astra",
                table: "notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_documents",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    media_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    task_id = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    deleted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    name_ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    name_nonce = table.Column<byte[]>(type: "bytea", nullable: false),
                    name_tag = table.Column<byte[]>(type: "bytea", nullable: false),
                    name_wrapped_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    name_master_key_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    corrects = table.Column<Guid>(type: "uuid", nullable: true),
                    written_by = table.Column<Guid>(type: "uuid", nullable: true),
                    written_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    nonce = table.Column<byte[]>(type: "bytea", nullable: false),
                    tag = table.Column<byte[]>(type: "bytea", nullable: false),
                    wrapped_data_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    master_key_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_notes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_phase_history",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_phase_history", x => x.id);
                });

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

            migrationBuilder.CreateTable(
                name: "case_document_contents",
                schema: "astra",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    nonce = table.Column<byte[]>(type: "bytea", nullable: false),
                    tag = table.Column<byte[]>(type: "bytea", nullable: false),
                    wrapped_data_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    master_key_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_document_contents", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_case_document_contents_case_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "astra",
                        principalTable: "case_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_documents_case_id_uploaded_at",
                schema: "astra",
                table: "case_documents",
                columns: new[] { "case_id", "uploaded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_case_id_written_at",
                schema: "astra",
                table: "case_notes",
                columns: new[] { "case_id", "written_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_corrects",
                schema: "astra",
                table: "case_notes",
                column: "corrects",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_phase_history_case_id_at",
                schema: "astra",
                table: "case_phase_history",
                columns: new[] { "case_id", "at" });

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
                name: "case_document_contents",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "case_notes",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "case_phase_history",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "task_queue_views",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "case_documents",
                schema: "astra");

            migrationBuilder.DropColumn(
                name: "texts",
                schema: "astra",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "link",
                schema: "astra",
                table: "notifications");
        }
    }
}
