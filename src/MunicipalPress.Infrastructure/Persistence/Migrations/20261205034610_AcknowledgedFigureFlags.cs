using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MunicipalPress.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AcknowledgedFigureFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "acknowledged_flags",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    annual_report_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    acknowledged_by_id = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    acknowledged_by_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_acknowledged_flags", x => x.id);
                    table.ForeignKey(
                        name: "fk_acknowledged_flags_annual_reports_annual_report_id",
                        column: x => x.annual_report_id,
                        principalTable: "annual_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_acknowledged_flags_annual_report_id_key",
                table: "acknowledged_flags",
                columns: new[] { "annual_report_id", "key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acknowledged_flags");
        }
    }
}
