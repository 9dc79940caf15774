namespace NarrativeAssist.Domain.Checking;

/// <summary>A question id that is not in the catalog. Message in Indonesian.</summary>
public sealed class UnknownQuestionException(string questionId)
    : Exception($"Pertanyaan \"{(questionId.Length > 40 ? questionId[..40] + "…" : questionId)}\" tidak ada di LKE. Contoh id yang benar: P.MP.1.a, R.PP.2.a, H.1.a.")
{
    public string QuestionId { get; } = questionId;
}
