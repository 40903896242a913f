using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Lawyers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "ix_calendar_feed_tokens_token",
                schema: "astra",
                table: "calendar_feed_tokens",
                column: "token",
                unique: true);

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
                name: "ix_proceeding_lawyers_user_id",
                schema: "astra",
                table: "proceeding_lawyers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_proceedings_case_id",
                schema: "astra",
                table: "proceedings",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_feed_tokens",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hearing_history",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "hearings",
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
                name: "proceeding_lawyers",
                schema: "astra");

            migrationBuilder.DropTable(
                name: "proceedings",
                schema: "astra");
        }
    }
}
