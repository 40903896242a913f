using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Astra.Workflows.Modules.Platform.Database.Migrations
{
    /// <inheritdoc />
    public partial class SecurityAuth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sign_in_not_before",
                schema: "astra",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "sign_in_not_before",
                schema: "astra",
                table: "AspNetUsers");
        }
    }
}
