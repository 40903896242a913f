using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class ClaimLeasesReferralsHotlineReports : Migration
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
                name: "case_profiles",
                schema: "astra",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sex = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    age_group = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    citizenship = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    exploitation = table.Column<List<string>>(type: "text[]", nullable: false),
                    place = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    identification_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    identified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    identified_by = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    referral_source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    case_opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    counted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_profiles", x => x.case_id);
                });

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
                    claimed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    job_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_timers", x => x.id);
                });

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
                name: "ix_case_profiles_counted_on",
                schema: "astra",
                table: "case_profiles",
                column: "counted_on");

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
                name: "case_profiles",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "funding_projects",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hotline_contact_code_counters",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hotline_contact_revisions",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "referral_timers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "referrals",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "scheduler_nodes",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "service_types",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "services_delivered",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hotline_contacts",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "partners",
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
