// @ts-check
/**
 * Bentuk data yang dijawab API NarrativeAssist (kontrak CLI/API), di satu tempat untuk aplikasi web dan kedua panel.
 * Hanya typedef untuk pemeriksa tipe (.ci/typecheck): modul lain mengimpornya sebagai tipe saja (tag import JSDoc),
 * yang hilang saat berjalan, sehingga peramban tidak pernah memuat berkas ini.
 */
export {};

// ---- Pemeriksaan, nilai, unit ------------------------------------------------------------------

/** @typedef {{ id: string, label: string }} Element */
/** @typedef {{ rule: string, severity: "error" | "warning" | "saran" | string, message: string, suggestion: string, start: number, length: number,
 *   defect?: string | null, expected?: string | null }} Finding */
/** @typedef {{ code: string, start: number, length: number, reason: string }} InferredAnswer */
/**
 * @typedef {{ id: string, status: "kosong" | "lemah" | "perlu_perbaikan" | "kuat" | string, score: number, answer?: string | null,
 *   findings: Finding[], covered: string[], missing: string[], coveredElements?: Element[], missingElements?: Element[],
 *   evidenceCited: string[], words: number, inferredAnswer?: InferredAnswer | null }} QuestionResult
 */
/** @typedef {{ id: string, name: string, total: number, answered: number, strong: number, missing: string[], weak: string[] }} AreaCoverage */
/** @typedef {{ areas: AreaCoverage[], components: AreaCoverage[], answered: number, strong: number, total: number }} Coverage */
/** @typedef {{ questions: QuestionResult[], coverage: Coverage, warnings?: string[] | null }} CheckReport */
/** @typedef {{ id: string, name: string, score: number, max: number, percent: number }} ScoreNode */
/** @typedef {{ threshold: string, label: string, required: number, actual: number, gap: number, verified: boolean }} Gap */
/** @typedef {{ questionId: string, from?: string | null, to: string, gain: number }} WhatIf */
/** @typedef {{ questionId: string, claimed: string, supported: string, points: number }} AtRisk */
/**
 * Nilai yang didukung narasi (jawaban diturunkan ke yang didukung narasinya), di samping nilai yang diklaim.
 * @typedef {{ total: number, gap: number, components: ScoreNode[], areas: ScoreNode[], levers: ScoreNode[],
 *   eligible: Record<string, boolean>, strengthen: AtRisk[] }} SupportedScore
 */
/**
 * @typedef {{ total: number, components: ScoreNode[], areas: ScoreNode[], eligible: Record<string, boolean>, gaps: Gap[],
 *   whatIf: WhatIf[], target: string, areaBasis: string, pengungkit: ScoreNode, levers: ScoreNode[], subAreas: ScoreNode[],
 *   whatIfReachesTarget: boolean, unanswered: string[], notes: string[], supported?: SupportedScore | null }} ScoreReport
 */
/** @typedef {{ id: string, nama: string, role: string, areas?: string[] | string | null, instansi?: string | null }} UnitRef */
/** @typedef {{ id: string, email: string, displayName?: string | null, isAdmin: boolean, units: UnitRef[] }} Me */
/** @typedef {{ id: string, name?: string, total: number, answered: number, strong: number, withEvidence?: number }} ProgressArea */
/**
 * @typedef {{ now: { areas: ProgressArea[], answered: number, strong: number, total: number, statuses?: Record<string, number> },
 *   history: Array<{ week: string, takenAt?: string, answered: number, strong: number, total: number, areas: ProgressArea[],
 *     openRequests?: number, overdueRequests?: number, publications?: number }>,
 *   publicity?: { daysSinceMedia?: number | null, mediaTargetDays: number, integrityDaysLast7: number, integrityMessagesLast7: number,
 *     quietChannels: string[], publicationsLast7: number },
 *   reminders?: Array<import("./views/rhythm-api.js").DocRequest> }} Progress
 */
/** @typedef {{ userId: string, email: string, displayName?: string | null, role: string, areas?: string[] | string | null }} Member */

// ---- Narasi di ruang kerja unit (panel Word) ----------------------------------------------------

/** Satu narasi di daftar GET /api/units/{unitId}/narratives. @typedef {{ questionId: string, version: number, answer?: string | null }} NarrativeSummary */
/** Versi narasi di server, mis. `current` pada jawaban 412. @typedef {{ text: string, answer?: string | null, version: number, updatedAt?: string, updatedBy?: string }} ServerVersion */
/** Contoh narasi GET /api/templates/narratives/{questionId}. @typedef {{ questionId: string, title: string, markdown: string, html: string }} NarrativeTemplate */

// ---- Presentasi, latihan, tanya jawab (panel PowerPoint) --------------------------------------

/** Templat presentasi bawaan GET /api/decks/templates. @typedef {{ id: string, name: string }} DeckTemplate */
/** @typedef {{ number: number, key: string, section: string, layout: string, title: string, subtitle?: string,
 *   bullets: Array<{ text: string, level: number }>, notes: string, seconds: number, chart?: any, table?: any, images?: string[] }} PlanSlide */
/** @typedef {{ kind: string, title: string, limitSeconds: number, totalSeconds: number, fitsLimit: boolean, wordsPerMinute: number,
 *   slides: PlanSlide[], sections: Array<{ key: string, title: string, slides: number, seconds: number }>, condensed: string[],
 *   warnings: Array<{ code: string, message: string, path?: string | null }> }} Plan */
/** @typedef {{ limitSeconds: number, totalSeconds: number, wordsPerMinute: number, slides: Array<{ number: number, title: string, words: number,
 *   seconds: number, hasNotes: boolean, overBudget: boolean, budgetSeconds: number }>, withoutNotes: number[], overBudget: number[] }} Timing */
/** @typedef {{ id: string, kind: string, startedAt: string, totalSeconds: number, limitSeconds: number,
 *   slides: Array<{ number: number, title: string, seconds: number }>, by?: string }} Run */
/** @typedef {{ id: string, area: string, question: string, source: string, practised: number | boolean, lastPractisedAt?: string | null }} QaItem */
/**
 * Jawaban acuan tanya jawab: narasi unit di satu area.
 * @typedef {{ area: string, narratives: Array<{ questionId: string, question: string, text: string, status?: string }> }} QaReference
 */
