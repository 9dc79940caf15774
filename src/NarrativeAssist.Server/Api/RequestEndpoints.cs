using Microsoft.AspNetCore.Http.HttpResults;
using NarrativeAssist.Domain.Publicity;
using NarrativeAssist.Server.Auth;
using NarrativeAssist.Server.Publicity;
using NarrativeAssist.Server.Storage;

namespace NarrativeAssist.Server.Api;

/// <summary>The reminder a request needs today: level none, due-soon or overdue, with the days left and the words shown.</summary>
public sealed record RequestReminderJson(string Level, int DaysLeft, string? Text);

/// <summary>A request from the Kanwil or head office.</summary>
public sealed record RequestItem(Guid Id, string Title, string Requester, DateOnly DueDate, string PersonInCharge, string Status,
    string StatusLabel, string? Delivered, DateOnly? DeliveredOn, RequestReminderJson Reminder, DateTimeOffset CreatedAt);

/// <summary>Documents the Kanwil and the head office ask for besides the LKE, with due dates and reminders (issue 18).
/// Recording and updating them is work of the team that gathers evidence (ManageEvidence: admin, pimpinan, penulis).</summary>
public static class RequestEndpoints
{
    public static void MapRequestEndpoints(this RouteGroupBuilder unit)
    {
        var requests = unit.MapGroup("/requests").WithTags("Permintaan dokumen");
        requests.MapGet("/", List).RequireUnit(UnitPermission.Read).WithSummary("Permintaan dokumen Kanwil/Kantor Pusat dengan pengingat");
        requests.MapPost("/", Add).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Catat permintaan dokumen");
        requests.MapPut("/{requestId:guid}", Update).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Ubah permintaan (status, berkas terkirim)");
        requests.MapDelete("/{requestId:guid}", Delete).RequireUnit(UnitPermission.ManageEvidence).WithSummary("Hapus permintaan");
    }

    public static async Task<Ok<IReadOnlyList<RequestItem>>> List(UnitContext unit, RequestBook book, CancellationToken cancel)
    {
        var today = book.Today();
        return TypedResults.Ok<IReadOnlyList<RequestItem>>((await book.ListAsync(unit.UnitId, cancel)).Select(r => Item(r, today)).ToList());
    }

    public static async Task<Results<Created<RequestItem>, ProblemHttpResult>> Add(UnitContext unit, DocumentRequestInput? req, RequestBook book,
        CancellationToken cancel)
    {
        var (request, refusal) = PublicityInput.Request(req);
        if (refusal is not null) return ApiProblems.BadRequest(refusal.Code, refusal.Detail);
        if (await book.FullAsync(unit.UnitId, cancel))
            return ApiProblems.Problem(409, "quota_exceeded", $"Unit ini sudah mencatat {RequestBook.MaxPerUnit:N0} permintaan, batas per unit. Hapus yang sudah lama selesai.");
        var e = await book.AddAsync(unit.UnitId, unit.UserId, request!, cancel);
        return TypedResults.Created($"/api/units/{unit.UnitId}/requests/{e.Id}", Item(e, book.Today()));
    }

    public static async Task<Results<Ok<RequestItem>, ProblemHttpResult>> Update(UnitContext unit, Guid requestId, DocumentRequestInput? req,
        RequestBook book, CancellationToken cancel)
    {
        var e = await book.FindAsync(unit.UnitId, requestId, cancel);
        if (e is null) return ApiProblems.NotFound("Permintaan tidak ditemukan.");
        var (request, refusal) = PublicityInput.Request(req);
        if (refusal is not null) return ApiProblems.BadRequest(refusal.Code, refusal.Detail);
        await book.UpdateAsync(e, request!, cancel);
        return TypedResults.Ok(Item(e, book.Today()));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(UnitContext unit, Guid requestId, RequestBook book, CancellationToken cancel)
    {
        var e = await book.FindAsync(unit.UnitId, requestId, cancel);
        if (e is null) return ApiProblems.NotFound("Permintaan tidak ditemukan.");
        await book.DeleteAsync(e, cancel);
        return TypedResults.NoContent();
    }

    public static RequestItem Item(DocumentRequestEntity e, DateOnly today)
    {
        var r = RequestBook.ToDomain(e);
        var reminder = RequestReminder.For(r, today);
        return new RequestItem(e.Id, e.Title, e.Requester, e.DueDate, e.PersonInCharge, r.Status.Code(), r.Status.Label(), e.Delivered, e.DeliveredOn,
            new RequestReminderJson(Level(reminder.Level), reminder.DaysLeft, reminder.Text), e.CreatedAt);
    }

    private static string Level(ReminderLevel level) => level switch
    {
        ReminderLevel.Overdue => "terlambat",
        ReminderLevel.DueSoon => "segera",
        _ => "tidak-ada",
    };
}
