using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NarrativeAssist.Server.Storage.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Areas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SuggestedAnswer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    DeckKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Package = table.Column<byte[]>(type: "BLOB", nullable: true),
                    SlideCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Replacements = table.Column<string>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Instansi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Predikat = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ImportedFrom = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UnpublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
                    EntryId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Featured = table.Column<bool>(type: "INTEGER", nullable: false),
                    UsageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
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
