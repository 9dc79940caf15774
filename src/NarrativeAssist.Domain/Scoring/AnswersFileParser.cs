using NarrativeAssist.Domain.Catalog;
using NarrativeAssist.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace NarrativeAssist.Domain.Scoring;

/// <summary>Reads an answers file (YAML or JSON): a map from question id to answer — "Ya", "B", a percentage
/// 0–100, a survey index 1–4, or for a percentage item its counts ({n_agen: 10, n_perubahan: 8}).
/// The answers may also sit under a <c>jawaban</c> key, beside <c>predikat_sebelumnya: [WBK]</c>.
/// Every problem is reported with its line, in Indonesian.</summary>
public static class AnswersFileParser
{
    private const string AnswersKey = "jawaban";
    private const string HeldKey = "predikat_sebelumnya";

    public static AnswerSheet Parse(string text, LkeCatalog catalog, YamlLimits? limits = null)
    {
        var report = new InputErrors();
        var root = YamlValue.Root(YamlTree.Load(text, limits ?? YamlLimits.Default), report);
        if (!root.ExpectMapping()) report.ThrowIfAny();
        var answersNode = root.Field(AnswersKey).IsMapping ? root.Field(AnswersKey) : root;

        HashSet<string>? held = null;
        var heldValue = root.Field(HeldKey);
        if (!heldValue.IsMissing)
        {
            held = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var predicates = catalog.Eligibility.Predicates.Select(p => p.Id.ToUpperInvariant()).ToList();
            var items = heldValue.IsSequence ? heldValue.Items() : [heldValue];
            foreach (var item in items)
            {
                // Accept "WBK" or the profile's shape { predikat: WBK, tahun: 2022 }.
                var v = item.IsMapping ? item.Field("predikat") : item;
                if (v.Choice(predicates, required: true, what: "predikat") is { } p) held.Add(p.ToLowerInvariant());
            }
        }

        var answers = new Dictionary<string, AnswerValue>(StringComparer.Ordinal);
        foreach (var entry in answersNode.Entries())
        {
            var id = entry.Key!;
            if (ReferenceEquals(answersNode, root) && id is HeldKey or AnswersKey) continue;
            var q = catalog.FindQuestion(id);
            if (q is null) { entry.ErrorAtKey($"pertanyaan \"{id}\" tidak ada di LKE (contoh id: P.MP.1.a, R.PW.2.a, H.1.a)"); continue; }
            if (entry.IsMissing) continue; // left blank: unanswered
            try
            {
                if (entry.IsMapping)
                {
                    var inputs = new Dictionary<string, double>(StringComparer.Ordinal);
                    foreach (var input in entry.Entries())
                        if (input.Number(required: true, min: 0) is { } n) inputs[input.Key!] = n;
                    answers[id] = AnswerParser.FromInputs(q, inputs);
                }
                else if (entry.Node is YamlScalarNode && entry.String() is { } raw)
                    answers[id] = AnswerParser.Parse(q, raw);
                else entry.Error("diharapkan jawaban (teks atau angka) atau peta masukan persentase");
            }
            catch (InvalidAnswerException e) { entry.Error(e.Message); }
        }
        report.ThrowIfAny();
        return new AnswerSheet(answers, held);
    }
}
