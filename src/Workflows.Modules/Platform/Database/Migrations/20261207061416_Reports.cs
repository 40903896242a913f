using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_case_profiles_counted_on",
                schema: "astra",
                table: "case_profiles",
                column: "counted_on");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_profiles",
                schema: "astra");
        }
    }
}
