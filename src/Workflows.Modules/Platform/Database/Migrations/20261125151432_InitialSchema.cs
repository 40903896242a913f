using System;
using System.Collections.Generic;
using Astra.Workflows.Modules.Cases.Privacy;
using Astra.Workflows.Modules.Platform.Audit;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "astra");

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    last_authenticator_step = table.Column<long>(type: "bigint", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    client_ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    prev_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bookmarks",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookmarks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_feed_tokens",
                schema: "astra",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feed_tokens", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "case_code_counters",
                schema: "astra",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_code_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "definition_versions",
                schema: "astra",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    json = table.Column<string>(type: "jsonb", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definition_versions", x => new { x.definition_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "hearing_history",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hearing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    room = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hearing_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "astra",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    result = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                schema: "astra",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    activity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    actor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    message = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal", x => new { x.instance_id, x.sequence });
                });

            migrationBuilder.CreateTable(
                name: "legal_alert_timers",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hearing_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deadline_id = table.Column<Guid>(type: "uuid", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    fire_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    job_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_alert_timers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "legal_deadline_changes",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    deadline_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    from_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    to_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_deadline_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "legal_deadline_kinds",
                schema: "astra",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false),
                    hard = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_deadline_kinds", x => x.key);
                });

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
                name: "organisation_closures",
                schema: "astra",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisation_closures", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "proceedings",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    court_case_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    client_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    lead_lawyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proceedings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "start_requests",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    definition_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    input = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_start_requests", x => x.id);
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

            migrationBuilder.CreateTable(
                name: "timers",
                schema: "astra",
                columns: table => new
                {
                    bookmark_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    job_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timers", x => x.bookmark_id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_instances",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    state = table.Column<string>(type: "jsonb", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalSchema: "astra",
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "astra",
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                schema: "astra",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "astra",
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                schema: "astra",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalSchema: "astra",
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "astra",
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                schema: "astra",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "astra",
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_team_members",
                schema: "astra",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_team_members", x => new { x.case_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_case_team_members_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "astra",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "client_identities",
                schema: "astra",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    format_version = table.Column<short>(type: "smallint", nullable: false),
                    ciphertext = table.Column<byte[]>(type: "bytea", nullable: false),
                    nonce = table.Column<byte[]>(type: "bytea", nullable: false),
                    tag = table.Column<byte[]>(type: "bytea", nullable: false),
                    wrapped_data_key = table.Column<byte[]>(type: "bytea", nullable: false),
                    master_key_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    full_name_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    document_number_indexes = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_client_identities", x => x.case_id);
                    table.ForeignKey(
                        name: "fk_client_identities_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "astra",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consent_events",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_events_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "astra",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hearings",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proceeding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    room = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hearings", x => x.id);
                    table.ForeignKey(
                        name: "fk_hearings_proceedings_proceeding_id",
                        column: x => x.proceeding_id,
                        principalSchema: "astra",
                        principalTable: "proceedings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "legal_deadlines",
                schema: "astra",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proceeding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    served_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hard = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_deadlines", x => x.id);
                    table.ForeignKey(
                        name: "fk_legal_deadlines_proceedings_proceeding_id",
                        column: x => x.proceeding_id,
                        principalSchema: "astra",
                        principalTable: "proceedings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proceeding_lawyers",
                schema: "astra",
                columns: table => new
                {
                    proceeding_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proceeding_lawyers", x => new { x.proceeding_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_proceeding_lawyers_proceedings_proceeding_id",
                        column: x => x.proceeding_id,
                        principalSchema: "astra",
                        principalTable: "proceedings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                schema: "astra",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                schema: "astra",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                schema: "astra",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                schema: "astra",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                schema: "astra",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                schema: "astra",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                schema: "astra",
                table: "AspNetUsers",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                schema: "astra",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_case_id",
                schema: "astra",
                table: "audit_log",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_user_id",
                schema: "astra",
                table: "audit_log",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_instance_id",
                schema: "astra",
                table: "bookmarks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_key",
                schema: "astra",
                table: "bookmarks",
                column: "key");

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feed_tokens_token",
                schema: "astra",
                table: "calendar_feed_tokens",
                column: "token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_team_members_user_id",
                schema: "astra",
                table: "case_team_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_code",
                schema: "astra",
                table: "cases",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_client_identities_document_number_indexes",
                schema: "astra",
                table: "client_identities",
                column: "document_number_indexes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_client_identities_full_name_index",
                schema: "astra",
                table: "client_identities",
                column: "full_name_index");

            migrationBuilder.CreateIndex(
                name: "ix_client_identities_master_key_id",
                schema: "astra",
                table: "client_identities",
                column: "master_key_id");

            migrationBuilder.CreateIndex(
                name: "ix_consent_events_case_id_purpose_id",
                schema: "astra",
                table: "consent_events",
                columns: new[] { "case_id", "purpose", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_definition_versions_one_draft",
                schema: "astra",
                table: "definition_versions",
                column: "definition_id",
                unique: true,
                filter: "status = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "ix_hearing_history_hearing_id_revision",
                schema: "astra",
                table: "hearing_history",
                columns: new[] { "hearing_id", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hearings_proceeding_id_starts_at",
                schema: "astra",
                table: "hearings",
                columns: new[] { "proceeding_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_hearings_starts_at",
                schema: "astra",
                table: "hearings",
                column: "starts_at");

            migrationBuilder.CreateIndex(
                name: "ix_journal_case_id_at",
                schema: "astra",
                table: "journal",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_legal_alert_timers_deadline_id",
                schema: "astra",
                table: "legal_alert_timers",
                column: "deadline_id");

            migrationBuilder.CreateIndex(
                name: "ix_legal_alert_timers_fire_at_dispatched_at",
                schema: "astra",
                table: "legal_alert_timers",
                columns: new[] { "fire_at", "dispatched_at" });

            migrationBuilder.CreateIndex(
                name: "ix_legal_alert_timers_hearing_id",
                schema: "astra",
                table: "legal_alert_timers",
                column: "hearing_id");

            migrationBuilder.CreateIndex(
                name: "ix_legal_deadline_changes_deadline_id_at",
                schema: "astra",
                table: "legal_deadline_changes",
                columns: new[] { "deadline_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_legal_deadlines_proceeding_id_due_on",
                schema: "astra",
                table: "legal_deadlines",
                columns: new[] { "proceeding_id", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_legal_deadlines_status_due_on",
                schema: "astra",
                table: "legal_deadlines",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                schema: "astra",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_status_next_attempt_at",
                schema: "astra",
                table: "outbox",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_proceeding_lawyers_user_id",
                schema: "astra",
                table: "proceeding_lawyers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceedings_case_id",
                schema: "astra",
                table: "proceedings",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_start_requests_processed_at",
                schema: "astra",
                table: "start_requests",
                column: "processed_at");

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

            migrationBuilder.CreateIndex(
                name: "ix_timers_due_at_dispatched_at",
                schema: "astra",
                table: "timers",
                columns: new[] { "due_at", "dispatched_at" });

            migrationBuilder.CreateIndex(
                name: "ix_timers_instance_id",
                schema: "astra",
                table: "timers",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_case_id",
                schema: "astra",
                table: "workflow_instances",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_instances_definition_id_status",
                schema: "astra",
                table: "workflow_instances",
                columns: new[] { "definition_id", "status" });

            // The audit log is append-only (see AuditSql and ADR 0007).
            migrationBuilder.Sql(AuditSql.CreateAppendOnlyTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditSql.DropAppendOnlyTriggers);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "audit_log",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "bookmarks",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "calendar_feed_tokens",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "case_code_counters",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "case_team_members",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "client_identities",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "consent_events",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "definition_versions",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hearing_history",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hearings",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "journal",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "legal_alert_timers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "legal_deadline_changes",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "legal_deadline_kinds",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "legal_deadlines",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "notifications",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "organisation_closures",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "proceeding_lawyers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "start_requests",
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

            migrationBuilder.DropTable(
                name: "timers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "workflow_instances",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "AspNetRoles",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "AspNetUsers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "proceedings",
                schema: "astra");
        }
    }
}
