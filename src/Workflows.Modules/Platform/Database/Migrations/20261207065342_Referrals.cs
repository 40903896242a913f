using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funding_projects",
                schema: "astra",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funding_projects", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    services = table.Column<List<string>>(type: "text[]", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    answers_online = table.Column<bool>(type: "boolean", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    demo = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partners", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referral_timers",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    fire_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    job_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_timers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_types",
                schema: "astra",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    label_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    label_sr_latn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    label_sr_cyrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_types", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "services_delivered",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    service_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    funding_project_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    referral_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supersedes = table.Column<Guid>(type: "uuid", nullable: true),
                    voided = table.Column<bool>(type: "boolean", nullable: false),
                    note_ciphertext = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_nonce = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_tag = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_wrapped_key = table.Column<byte[]>(type: "bytea", nullable: true),
                    note_master_key_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services_delivered", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    partner_id = table.Column<Guid>(type: "uuid", nullable: true),
                    services = table.Column<List<string>>(type: "text[]", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    interpreter_language = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    respond_by = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sharing_basis = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    consent_purpose = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    override_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    not_sent_reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_via = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    appointment_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    answer_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    served_on = table.Column<DateOnly>(type: "date", nullable: true),
                    received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    token_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    token_revoked = table.Column<bool>(type: "boolean", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    activity_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_partners_partner_id",
                        column: x => x.partner_id,
                        principalSchema: "astra",
                        principalTable: "partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_partners_kind_city",
                schema: "astra",
                table: "partners",
                columns: new[] { "kind", "city" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_timers_fire_at_dispatched_at",
                schema: "astra",
                table: "referral_timers",
                columns: new[] { "fire_at", "dispatched_at" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_timers_referral_id",
                schema: "astra",
                table: "referral_timers",
                column: "referral_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_case_id",
                schema: "astra",
                table: "referrals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_partner_id",
                schema: "astra",
                table: "referrals",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_token_hash",
                schema: "astra",
                table: "referrals",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_services_delivered_case_id",
                schema: "astra",
                table: "services_delivered",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_services_delivered_service_key",
                schema: "astra",
                table: "services_delivered",
                column: "service_key");

            migrationBuilder.CreateIndex(
                name: "ix_services_delivered_supersedes",
                schema: "astra",
                table: "services_delivered",
                column: "supersedes",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_projects",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "referral_timers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "service_types",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "services_delivered",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "partners",
                schema: "astra");
        }
    }
}
