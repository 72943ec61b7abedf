using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPress.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndicatorDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_published",
                table: "indicators",
                type: "boolean",
                nullable: false,
                // Every indicator there is already is on the forms: only new ones start as drafts.
                defaultValue: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_published",
                table: "indicators");
        }
    }
}
