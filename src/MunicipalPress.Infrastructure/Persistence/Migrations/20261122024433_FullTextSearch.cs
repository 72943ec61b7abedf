using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace MunicipalPress.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "planned_tasks",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('russian', coalesce(direction, '')), 'A') || setweight(to_tsvector('russian', text), 'B') || to_tsvector('simple', coalesce(direction, '') || ' ' || text)",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "peer_highlights",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('russian', ''), 'A') || setweight(to_tsvector('russian', text), 'B') || to_tsvector('simple', '' || ' ' || text)",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "achievements",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('russian', coalesce(direction, '')), 'A') || setweight(to_tsvector('russian', text), 'B') || to_tsvector('simple', coalesce(direction, '') || ' ' || text)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_planned_tasks_search_vector",
                table: "planned_tasks",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_peer_highlights_search_vector",
                table: "peer_highlights",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_achievements_search_vector",
                table: "achievements",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_planned_tasks_search_vector",
                table: "planned_tasks");

            migrationBuilder.DropIndex(
                name: "ix_peer_highlights_search_vector",
                table: "peer_highlights");

            migrationBuilder.DropIndex(
                name: "ix_achievements_search_vector",
                table: "achievements");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "planned_tasks");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "peer_highlights");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "achievements");
        }
    }
}
