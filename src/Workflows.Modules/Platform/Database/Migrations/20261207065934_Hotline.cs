using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class Hotline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hotline_contact_code_counters",
                schema: "astra",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hotline_contact_code_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "hotline_contacts",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    caller_type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    exploitation = table.Column<List<string>>(type: "text[]", nullable: false),
                    countries = table.Column<List<string>>(type: "text[]", nullable: false),
                    minor_involved = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    imminent_danger = table.Column<bool>(type: "boolean", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    caller_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    note_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_nonce = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_tag = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_wrapped_key = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_master_key_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    triage_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    triage_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    call_back_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    call_back_claimed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    call_back_claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    call_back_done_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    call_back_done_by = table.Column<Guid>(type: "uuid", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hotline_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hotline_contact_revisions",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    fields = table.Column<string>(type: "jsonb", nullable: false),
                    caller_changed = table.Column<bool>(type: "boolean", nullable: false),
                    note_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_nonce = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_tag = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_wrapped_key = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_master_key_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hotline_contact_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_hotline_contact_revisions_hotline_contacts_contact_id",
                        column: x => x.contact_id,
                        principalSchema: "astra",
                        principalTable: "hotline_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_hotline_contact_revisions_contact_id_revision",
                schema: "astra",
                table: "hotline_contact_revisions",
                columns: new[] { "contact_id", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hotline_contacts_call_back_due_at",
                schema: "astra",
                table: "hotline_contacts",
                column: "call_back_due_at",
                filter: "outcome = 'callBack' AND call_back_done_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_hotline_contacts_caller_index_occurred_at",
                schema: "astra",
                table: "hotline_contacts",
                columns: new[] { "caller_index", "occurred_at" },
                filter: "caller_index IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id", "code", "outcome", "case_id" });

            migrationBuilder.CreateIndex(
                name: "ix_hotline_contacts_case_id",
                schema: "astra",
                table: "hotline_contacts",
                column: "case_id",
                filter: "case_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_hotline_contacts_code",
                schema: "astra",
                table: "hotline_contacts",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hotline_contacts_occurred_at_id",
                schema: "astra",
                table: "hotline_contacts",
                columns: new[] { "occurred_at", "id" },
                descending: new bool[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hotline_contact_code_counters",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hotline_contact_revisions",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hotline_contacts",
                schema: "astra");
        }
    }
}
