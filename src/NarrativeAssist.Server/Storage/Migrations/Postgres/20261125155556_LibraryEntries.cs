using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NarrativeAssist.Server.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LibraryEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LibraryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    QuestionIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Areas = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SuggestedAnswer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    DeckKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Package = table.Column<byte[]>(type: "bytea", nullable: true),
                    SlideCount = table.Column<int>(type: "integer", nullable: true),
                    ReviewHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Replacements = table.Column<string>(type: "text", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    SourceUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceUnit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Instansi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Predikat = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Tahun = table.Column<int>(type: "integer", nullable: true),
                    Origin = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImportedFrom = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UnpublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryEntries_Units_SourceUnitId",
                        column: x => x.SourceUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "LibraryEntryStates",
                columns: table => new
                {
                    EntryId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Hidden = table.Column<bool>(type: "boolean", nullable: false),
                    Featured = table.Column<bool>(type: "boolean", nullable: false),
                    UsageCount = table.Column<int>(type: "integer", nullable: false),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryEntryStates", x => x.EntryId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_SourceUnitId",
                table: "LibraryEntries",
                column: "SourceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryEntries_Status",
                table: "LibraryEntries",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LibraryEntries");

            migrationBuilder.DropTable(
                name: "LibraryEntryStates");
        }
    }
}
