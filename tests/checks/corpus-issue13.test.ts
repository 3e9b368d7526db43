/**
 * The checks' scores on every split of the issue-13 corpus (tests/checks/corpus/README.md). Each floor is
 * what the checks reached when it was set, rounded down: a change that loses hits or adds false alarms
 * fails here. Held out (never tuned on): test and test85 … test96; their floors are the honest figures, with
 * issue 13's targets beside them. Where the unlawful model's threshold going 0.4 → 0.25 in stop 54 lowered a floor, the
 * comment gives both scores.
 * Tuned on: dev and test2 … test84 (each of test2 … test84 was held out until its first score was taken; the rules were
 * tuned on test2 … test11 and test13 … test84, the unlawful model trained on dev and test2 … test82
 * since stop 51, the request model on dev and test2 … test74 since stop 48, the minor model on the same but test22); their
 * floors guard against regressions.
 * Do not raise a held-out floor by tuning on that split.
 */
import { describe, expect, it } from 'vitest';
import { readSplit, scoreSplit, type LabelKind, type Split } from './corpus/score';

type Floors = Record<LabelKind, [precision: number, recall: number]>;

// Issue 13's "done when": unlawful recall ≥ 0.90 at precision ≥ 0.90; political recall ≥ 0.90 at
// precision ≥ 0.95; needsReply both ≥ 0.90; any personal data both ≥ 0.92; minors recall ≥ 0.90;
// personnummer precision ≥ 0.98.
const FLOORS: Record<Split, Floors> = {
  // Held out, by position from src/ (264 comments); only aggregate scores have ever been looked at, but for one item: in
  // stop 50 a minor model retrained on test75 and test76 flagged c02-029 (an adult son), and its text came up in a diff of
  // judgements over every split. That model was not kept; nothing was tuned on the item.
  test: {
    unlawful: [0.93, 0.96], // target met (0.938 / 0.938 with the rules alone; the word model adds one hit)
    political: [0.89, 0.89], // target precision ≥ 0.95 and recall ≥ 0.90: not met
    needsReply: [0.93, 0.95], // target met
    anyPersonalData: [0.98, 0.98], // target met (0.983 / 0.983)
    // Recall 0.889 until stop 33 (the rules alone still find 16 of 18, precision 1). In stop 33 the word model
    // retrained with test15 found 18 of 18 (0.947 / 1.000); retrained with test16, 17 of 18 (0.944 / 0.944); retrained
    // with test17, 18 of 18 again (0.947 / 1.000). The floor keeps the lower figure. Only these aggregates were looked at.
    minor: [0.94, 0.94], // target met
    sensitive: [1, 1],
    personnummer: [1, 1], // target met
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.85, 1],
  },
  // Held out: written 2026-12-07 by two writers in parallel who read only the corpus README's sections on writing, format
  // and labelling, and politicians.json (stop 51), committed before any detector ran on them (d87c813), and scored once
  // with the checks of 76aa4c6 (after the rounds on test77 … test84; the unlawful model trained on dev … test82): the
  // floors are that first score. With the rules alone: test85 unlawful 1.000 / 0.729, needsReply 0.877 / 0.983,
  // anyPersonalData 0.879 / 0.976, minor 0.962 / 0.962; test86 unlawful 0.957 / 0.373, needsReply 0.861 / 1.000,
  // anyPersonalData 0.903 / 0.939, minor 0.939 / 0.939.
  test85: {
    unlawful: [1, 0.89], // 1.000 / 0.896 (43/0/5) — target R ≥ 0.90 at P ≥ 0.90: not met
    political: [0.94, 0.97], // 0.946 / 0.972 (35/2/1) — target P ≥ 0.95, R ≥ 0.90: not met
    needsReply: [0.9, 0.98], // 0.905 / 0.983 (114/12/2) — target both ≥ 0.90: met
    anyPersonalData: [0.86, 0.97], // 0.870 / 0.976 (80/12/2) — target both ≥ 0.92: not met
    minor: [0.89, 0.96], // 0.893 / 0.962 (25/3/1) — target R ≥ 0.90: met
    sensitive: [0.86, 0.96], // 0.865 / 0.970 (32/5/1)
    personnummer: [1, 1], // 1.000 / 1.000 (6/0/0) — target P ≥ 0.98: met
    bankAccount: [0.79, 1], // 0.800 / 1.000 (4/1/0)
    phone: [1, 1], // 1.000 / 1.000 (12/0/0)
    email: [0.66, 1], // 0.667 / 1.000 (4/2/0)
    address: [0.81, 1], // 0.818 / 1.000 (9/2/0)
  },
  test86: {
    unlawful: [0.95, 0.77], // 0.958 / 0.780 (46/2/13) — target R ≥ 0.90 at P ≥ 0.90: not met
    political: [1, 0.81], // 1.000 / 0.818 (54/0/12) — target P ≥ 0.95, R ≥ 0.90: not met
    needsReply: [0.89, 1], // 0.897 / 1.000 (130/15/0) — target both ≥ 0.90: not met
    anyPersonalData: [0.89, 0.94], // 0.895 / 0.949 (94/11/5) — target both ≥ 0.92: not met
    minor: [0.91, 1], // 0.917 / 1.000 (33/3/0) — target R ≥ 0.90: met
    sensitive: [0.89, 0.85], // 0.897 / 0.854 (35/4/6)
    personnummer: [1, 1], // 1.000 / 1.000 (8/0/0) — target P ≥ 0.98: met
    bankAccount: [0.66, 1], // 0.667 / 1.000 (2/1/0)
    phone: [1, 1], // 1.000 / 1.000 (14/0/0)
    email: [1, 1], // 1.000 / 1.000 (4/0/0)
    address: [0.74, 0.92], // 0.750 / 0.923 (12/4/1)
  },
  // Held out: written 2026-12-07 at the end of stop 51 the same way (880e29c), committed before any detector ran on them,
  // and scored once in stop 52 with the checks of 8825db4 (no round on test85 and test86 came between: they are a second
  // held-out pair for the same checks). The floors are that first score. With the rules alone: test87 unlawful
  // 0.905 / 0.365, needsReply 0.872 / 0.990, anyPersonalData 0.929 / 0.918, minor 0.903 / 0.875; test88 unlawful
  // 1.000 / 0.500, needsReply 0.919 / 0.984, anyPersonalData 0.968 / 0.928, minor 1.000 / 0.906.
  test87: {
    unlawful: [0.91, 0.78], // 0.911 / 0.788 (41/4/11) with the model at 0.25 (stop 54); first score 0.929 / 0.750 (39/3/13) — target R ≥ 0.90 at P ≥ 0.90: not met
    political: [0.97, 1], // 0.974 / 1.000 (37/1/0) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.94, 0.98], // 0.941 / 0.990 (95/6/1) — target both ≥ 0.90: met
    anyPersonalData: [0.91, 0.94], // 0.920 / 0.941 (80/7/5), precision 0.9195 — target both ≥ 0.92: not met
    minor: [0.88, 0.93], // 0.882 / 0.938 (30/4/2) — target R ≥ 0.90: met
    sensitive: [0.89, 0.89], // 0.897 / 0.897 (26/3/3)
    personnummer: [1, 1], // 1.000 / 1.000 (9/0/0) — target P ≥ 0.98: met
    bankAccount: [0.49, 0.66], // 0.500 / 0.667 (2/2/1)
    phone: [1, 1], // 1.000 / 1.000 (8/0/0)
    email: [1, 1], // 1.000 / 1.000 (3/0/0)
    address: [1, 1], // 1.000 / 1.000 (10/0/0)
  },
  test88: {
    unlawful: [1, 0.85], // 1.000 / 0.854 (41/0/7) — target R ≥ 0.90 at P ≥ 0.90: not met
    political: [1, 1], // 1.000 / 1.000 (30/0/0) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.93, 0.98], // 0.939 / 0.984 (124/8/2) — target both ≥ 0.90: met
    anyPersonalData: [0.96, 0.92], // 0.968 / 0.928 (90/3/7) — target both ≥ 0.92: met
    minor: [0.96, 0.9], // 0.967 / 0.906 (29/1/3) — target R ≥ 0.90: met
    sensitive: [0.96, 0.82], // 0.966 / 0.824 (28/1/6)
    personnummer: [0.83, 1], // 0.833 / 1.000 (5/1/0) — target P ≥ 0.98: not met
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (13/0/0)
    email: [1, 1], // 1.000 / 1.000 (6/0/0)
    address: [0.92, 1], // 0.923 / 1.000 (12/1/0)
  },
  // Held out: written 2026-12-07 in stop 53 by two helpers in parallel who read only the corpus README's sections on
  // writing, format and labelling, and politicians.json (577a5fb), committed before any detector ran on them, and scored
  // once with the checks of 4017c6a. The floors are that first score. With the rules alone: test89 unlawful
  // 0.958 / 0.535, needsReply 0.863 / 0.984, anyPersonalData 0.976 / 0.964, minor 0.971 / 0.943; test90 unlawful 0.931 /
  // 0.600, needsReply 0.817 / 0.939, anyPersonalData 0.959 / 0.897, minor 0.885 / 0.767.
  test89: {
    unlawful: [0.93, 0.93], // 0.930 / 0.930 (40/3/3) with the model at 0.25 (stop 54); first score 0.976 / 0.930 (40/1/3) — target R ≥ 0.90 at P ≥ 0.90: met
    political: [1, 1], // 1.000 / 1.000 (28/0/0) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.92, 0.97], // 0.926 / 0.977 (125/10/3) with the model at 0.25 (stop 54: a request that is now flagged as a threat no longer asks for a reply); first score 0.926 / 0.984 (126/10/2) — target both ≥ 0.90: met
    anyPersonalData: [0.97, 0.97], // 0.976 / 0.976 (81/2/2) — target both ≥ 0.92: met
    minor: [0.94, 0.97], // 0.944 / 0.971 (34/2/1) — target R ≥ 0.90: met
    sensitive: [0.96, 1], // 0.964 / 1.000 (27/1/0)
    personnummer: [1, 1], // 1.000 / 1.000 (8/0/0) — target P ≥ 0.98: met
    bankAccount: [1, 0.49], // 1.000 / 0.500 (2/0/2)
    phone: [0.87, 1], // 0.875 / 1.000 (7/1/0)
    email: [1, 1], // 1.000 / 1.000 (6/0/0)
    address: [1, 1], // 1.000 / 1.000 (7/0/0)
  },
  test90: {
    unlawful: [0.87, 0.95], // 0.878 / 0.956 (43/6/2) with the model at 0.25 (stop 54); first score 0.915 / 0.956 (43/4/2) — target R ≥ 0.90 at P ≥ 0.90: not met
    political: [0.93, 1], // 0.933 / 1.000 (28/2/0) — target P ≥ 0.95, R ≥ 0.90: not met
    needsReply: [0.87, 0.93], // 0.877 / 0.939 (107/15/7) — target both ≥ 0.90: not met
    anyPersonalData: [0.96, 0.94], // 0.961 / 0.949 (74/3/4) — target both ≥ 0.92: met
    minor: [0.9, 0.93], // 0.903 / 0.933 (28/3/2) — target R ≥ 0.90: met
    sensitive: [1, 0.84], // 1.000 / 0.850 (17/0/3)
    personnummer: [1, 1], // 1.000 / 1.000 (10/0/0) — target P ≥ 0.98: met
    bankAccount: [1, 1], // 1.000 / 1.000 (4/0/0)
    phone: [1, 1], // 1.000 / 1.000 (11/0/0)
    email: [1, 1], // 1.000 / 1.000 (4/0/0)
    address: [1, 1], // 1.000 / 1.000 (8/0/0)
  },
  // Held out: written 2026-12-07 in stop 53 the same way as test89 and test90, after those were scored (804a0ed, 7f42e40;
  // before scoring, a personnummer's wrong check digit and two thank-you lines that duplicated earlier texts were fixed:
  // 3df1082, 0de8b6c, 39a911a), committed before any detector ran on them, and scored once with the checks of 4017c6a
  // (39a911a). The floors are that first score. With the rules alone: test91 unlawful 0.848 / 0.636, needsReply 0.887 /
  // 0.969, anyPersonalData 0.962 / 0.926, minor 1.000 / 0.875; test92 unlawful 0.963 / 0.591, needsReply 0.804 / 0.965,
  // anyPersonalData 0.971 / 0.971, minor 0.963 / 0.867.
  test91: {
    unlawful: [0.89, 0.97], // 0.896 / 0.977 (43/5/1) — target R ≥ 0.90 at P ≥ 0.90: not met
    political: [1, 0.95], // 1.000 / 0.960 (24/0/1) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.93, 0.96], // 0.940 / 0.962 (125/8/5) — target both ≥ 0.90: met
    anyPersonalData: [0.96, 0.93], // 0.962 / 0.938 (76/3/5) — target both ≥ 0.92: met
    minor: [1, 0.9], // 1.000 / 0.906 (29/0/3) — target R ≥ 0.90: met
    sensitive: [0.87, 0.87], // 0.875 / 0.875 (21/3/3)
    personnummer: [1, 1], // 1.000 / 1.000 (8/0/0) — target P ≥ 0.98: met
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (11/0/0)
    email: [1, 1], // 1.000 / 1.000 (5/0/0)
    address: [1, 1], // 1.000 / 1.000 (8/0/0)
  },
  test92: {
    unlawful: [0.93, 1], // 0.936 / 1.000 (44/3/0) with the model at 0.25 (stop 54); first score 0.956 / 0.977 (43/2/1) — target R ≥ 0.90 at P ≥ 0.90: met
    political: [1, 0.97], // 1.000 / 0.971 (33/0/1) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.83, 0.95], // 0.833 / 0.957 (110/22/5) — target both ≥ 0.90: not met
    anyPersonalData: [0.97, 1], // 0.971 / 1.000 (102/3/0) — target both ≥ 0.92: met
    minor: [0.96, 0.96], // 0.967 / 0.967 (29/1/1) — target R ≥ 0.90: met
    sensitive: [0.89, 0.97], // 0.892 / 0.971 (33/4/1)
    personnummer: [1, 1], // 1.000 / 1.000 (11/0/0) — target P ≥ 0.98: met
    bankAccount: [1, 1], // 1.000 / 1.000 (6/0/0)
    phone: [1, 1], // 1.000 / 1.000 (13/0/0)
    email: [1, 1], // 1.000 / 1.000 (7/0/0)
    address: [1, 1], // 1.000 / 1.000 (12/0/0)
  },
  // Held out: written 2026-12-07 at the end of stop 53 by two helpers who read only the corpus README and politicians.json and
  // were given no list of threat phrasings (bcca70f; four lines that duplicated earlier sets' texts were given a word more
  // before any build: 955e604), committed before any detector ran on them, and scored once in stop 54 with the checks of
  // df9cb5f. The floors are that first score. With the rules alone: test93 unlawful 0.963 / 0.591, needsReply 0.815 /
  // 0.983, anyPersonalData 0.923 / 0.900, minor 1.000 / 0.964; test94 unlawful 0.929 / 0.542, needsReply 0.886 / 0.992,
  // anyPersonalData 0.936 / 0.936, minor 1.000 / 0.969.
  test93: {
    unlawful: [0.97, 0.93], // 0.976 / 0.932 (41/1/3) — target R ≥ 0.90 at P ≥ 0.90: met
    political: [0.93, 1], // 0.931 / 1.000 (27/2/0) — target P ≥ 0.95, R ≥ 0.90: not met
    needsReply: [0.87, 0.98], // 0.875 / 0.983 (119/17/2) — target both ≥ 0.90: not met
    anyPersonalData: [0.92, 0.91], // 0.924 / 0.912 (73/6/7) — target both ≥ 0.92: not met
    minor: [0.96, 1], // 0.966 / 1.000 (28/1/0) — target R ≥ 0.90: met
    sensitive: [0.83, 0.78], // 0.833 / 0.781 (25/5/7)
    personnummer: [1, 1], // 1.000 / 1.000 (7/0/0) — target P ≥ 0.98: met
    bankAccount: [1, 1], // 1.000 / 1.000 (2/0/0)
    phone: [0.87, 1], // 0.875 / 1.000 (7/1/0)
    email: [1, 1], // 1.000 / 1.000 (3/0/0)
    address: [1, 0.87], // 1.000 / 0.875 (7/0/1)
  },
  test94: {
    unlawful: [0.95, 0.91], // 0.957 / 0.917 (44/2/4) — target R ≥ 0.90 at P ≥ 0.90: met
    political: [1, 1], // 1.000 / 1.000 (29/0/0) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.91, 0.99], // 0.914 / 0.992 (117/11/1) — target both ≥ 0.90: met
    anyPersonalData: [0.92, 0.94], // 0.925 / 0.949 (74/6/4) — target both ≥ 0.92: met
    minor: [0.96, 1], // 0.970 / 1.000 (32/1/0) — target R ≥ 0.90: met
    sensitive: [0.87, 0.84], // 0.871 / 0.844 (27/4/5)
    personnummer: [1, 1], // 1.000 / 1.000 (8/0/0) — target P ≥ 0.98: met
    bankAccount: [1, 1], // 1.000 / 1.000 (2/0/0)
    phone: [0.88, 1], // 0.889 / 1.000 (8/1/0)
    email: [1, 1], // 1.000 / 1.000 (3/0/0)
    address: [1, 1], // 1.000 / 1.000 (6/0/0)
  },
  // Held out: written in stop 54 by two helpers told as for test93 and test94 (1c7c508; two thank-you lines that duplicated
  // earlier sets' texts were given words more before any build: 9684af2), committed before any detector ran on them, and
  // scored once with the checks of fdd718b (the unlawful model at 0.25). The floors are that first score. With the rules
  // alone: test95 unlawful 0.970 / 0.667, needsReply 0.856 / 0.964, anyPersonalData 0.953 / 0.953, minor 0.880 / 0.917;
  // test96 unlawful 0.931 / 0.529, needsReply 0.786 / 0.942, anyPersonalData 0.970 / 0.970, minor 0.933 / 1.000.
  test95: {
    unlawful: [0.97, 0.93], // 0.978 / 0.938 (45/1/3) — target R ≥ 0.90 at P ≥ 0.90: met
    political: [0.96, 0.96], // 0.964 / 0.964 (27/1/1) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.9, 0.96], // 0.907 / 0.964 (107/11/4) — target both ≥ 0.90: met
    anyPersonalData: [0.93, 0.97], // 0.933 / 0.976 (83/6/2) — target both ≥ 0.92: met
    minor: [0.82, 1], // 0.828 / 1.000 (24/5/0) — target R ≥ 0.90: met
    sensitive: [0.96, 0.85], // 0.960 / 0.857 (24/1/4)
    personnummer: [1, 1], // 1.000 / 1.000 (11/0/0) — target P ≥ 0.98: met
    bankAccount: [1, 0.75], // 1.000 / 0.750 (3/0/1)
    phone: [1, 1], // 1.000 / 1.000 (11/0/0)
    email: [1, 1], // 1.000 / 1.000 (6/0/0)
    address: [1, 1], // 1.000 / 1.000 (10/0/0)
  },
  test96: {
    unlawful: [0.96, 0.94], // 0.960 / 0.941 (48/2/3) — target R ≥ 0.90 at P ≥ 0.90: met
    political: [1, 1], // 1.000 / 1.000 (29/0/0) — target P ≥ 0.95, R ≥ 0.90: met
    needsReply: [0.84, 0.94], // 0.844 / 0.942 (81/15/5) — target both ≥ 0.90: not met
    anyPersonalData: [0.97, 0.97], // 0.970 / 0.970 (65/2/2) — target both ≥ 0.92: met
    minor: [0.93, 1], // 0.933 / 1.000 (14/1/0) — target R ≥ 0.90: met
    sensitive: [0.95, 0.95], // 0.957 / 0.957 (22/1/1)
    personnummer: [0.91, 0.91], // 0.917 / 0.917 (11/1/1) — target P ≥ 0.98: not met
    bankAccount: [1, 1], // 1.000 / 1.000 (4/0/0)
    phone: [1, 1], // 1.000 / 1.000 (8/0/0)
    email: [1, 1], // 1.000 / 1.000 (5/0/0)
    address: [1, 1], // 1.000 / 1.000 (7/0/0)
  },
  // Tuned on since stop 51. Written 2026-12-07 by two writers in parallel who read only the corpus README's sections on
  // writing, format and labelling, and politicians.json (stop 51), committed before any detector ran on them (d275f3e),
  // and scored once with the checks of ca478ba (the rounds on test77 … test82, the unlawful model trained on dev …
  // test82). That first score (the honest one) is in each comment; the floors are the score after the round on them
  // (tests/checks/rules-from-test83-84.test.ts; the unlawful model was not retrained on them, see train-models.ts).
  test83: {
    unlawful: [0.96, 0.98], // 0.966 / 0.983 (57/2/1) with the model at 0.25 (stop 54; 0.983 / 0.983 at 0.4); first score 0.962 / 0.862
    political: [0.94, 0.97], // 0.946 / 0.972 (35/2/1); first score 0.943 / 0.917
    needsReply: [0.93, 0.96], // 0.938 / 0.968 (122/8/4); first score the same
    anyPersonalData: [0.95, 0.99], // 0.952 / 0.990 (99/5/1); first score 0.930 / 0.930
    minor: [0.97, 0.97], // 0.971 / 0.971 (33/1/1); first score 0.970 / 0.941
    sensitive: [0.96, 0.94], // 0.970 / 0.941 (32/1/2); first score 0.931 / 0.794
    personnummer: [1, 1], // 1.000 / 1.000 (11/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (4/0/0)
    phone: [0.92, 1], // 0.923 / 1.000 (12/1/0)
    email: [0.8, 1], // 0.800 / 1.000 (8/2/0); first score 0.727 / 1.000
    address: [1, 1], // 1.000 / 1.000 (11/0/0)
  },
  test84: {
    unlawful: [0.97, 1], // 0.970 / 1.000 (65/2/0) with the model at 0.25 (stop 54; 0.985 / 1.000 at 0.4); first score 0.967 / 0.892
    political: [0.98, 0.95], // 0.984 / 0.954 (62/1/3); first score 0.968 / 0.938
    needsReply: [0.96, 0.99], // 0.967 / 0.992 (119/4/1); first score 0.960 / 0.992
    anyPersonalData: [0.91, 0.96], // 0.919 / 0.963 (79/7/3); first score 0.904 / 0.915
    minor: [0.84, 0.94], // 0.846 / 0.943 (33/6/2); first score 0.838 / 0.886
    sensitive: [1, 0.85], // 1.000 / 0.853 (29/0/5); first score 0.964 / 0.794
    personnummer: [1, 1], // 1.000 / 1.000 (6/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (2/0/0)
    phone: [0.9, 1], // 0.900 / 1.000 (9/1/0)
    email: [1, 1], // 1.000 / 1.000 (4/0/0)
    address: [0.77, 1], // 0.778 / 1.000 (7/2/0)
  },
  // Tuned on since stop 51. Written 2026-12-07 by two writers in parallel who read only the corpus README's sections on
  // writing, format and labelling, and politicians.json (stop 51), committed before any detector ran on them (3b8dc71),
  // and scored once with the checks of 8932324 (the rounds on test77 … test80, the unlawful model trained on dev …
  // test80). That first score (the honest one) is in each comment; the floors are the score after the round on them
  // (tests/checks/rules-from-test81-82.test.ts, the unlawful model retrained on dev … test82).
  test81: {
    unlawful: [1, 1], // 1.000 / 1.000 (53/0/0); first score 0.957 / 0.849
    political: [0.92, 1], // 0.921 / 1.000 (35/3/0); first score 0.875 / 1.000
    needsReply: [0.94, 0.99], // 0.941 / 0.992 (127/8/1); first score 0.933 / 0.984
    anyPersonalData: [0.97, 1], // 0.977 / 1.000 (85/2/0); first score 0.977 / 0.988
    minor: [0.95, 1], // 0.958 / 1.000 (23/1/0); first score 0.885 / 1.000
    sensitive: [0.94, 1], // 0.943 / 1.000 (33/2/0); first score 0.941 / 0.970
    personnummer: [1, 1], // 1.000 / 1.000 (8/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (12/0/0)
    email: [1, 1], // 1.000 / 1.000 (4/0/0)
    address: [1, 1], // 1.000 / 1.000 (11/0/0)
  },
  test82: {
    unlawful: [1, 1], // 1.000 / 1.000 (55/0/0); first score 1.000 / 0.873
    political: [1, 0.97], // 1.000 / 0.976 (41/0/1); first score 0.953 / 0.976
    needsReply: [0.94, 0.97], // 0.950 / 0.971 (132/7/4); first score 0.936 / 0.971
    anyPersonalData: [0.98, 0.99], // 0.980 / 0.990 (99/2/1); first score 0.939 / 0.920
    minor: [1, 1], // 1.000 / 1.000 (31/0/0); first score 0.935 / 0.935
    sensitive: [0.97, 0.95], // 0.977 / 0.956 (43/1/2); first score 0.927 / 0.844
    personnummer: [1, 1], // 1.000 / 1.000 (9/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (13/0/0)
    email: [1, 1], // 1.000 / 1.000 (7/0/0)
    address: [0.81, 0.9], // 0.818 / 0.900 (9/2/1); first score the same
  },
  // Tuned on since stop 51. Written 2026-12-07 by two writers in parallel who read only the corpus README and
  // politicians.json (stop 50), committed before any detector ran on them (82994bb), and scored once in stop 51 with the
  // checks of 86fc82d (the round on test77 and test78, the unlawful model retrained on dev … test78). That first score (the
  // honest one) is in each comment; the floors are the score after stop 51 read their misses and false alarms, generalised
  // rules from them (tests/checks/rules-from-test79-80.test.ts) and retrained the unlawful model on dev … test80.
  // Political: the two writers labelled votes outside party politics in opposite ways. test79's writer labelled the
  // participatory budget's vote (medborgarbudget: "hur länge är röstningen öppen?", "röstat! 💡") not political and calls
  // to vote for a proposal ~P; test80's writer labelled the youth council's election, its candidates and every comment in
  // its thread political ("Kör Elias 🔥", "Heja alla 34 som vågar ställa upp"), as earlier writers (test26, test43) had
  // not. Read comment by comment, the check cannot tell a budget vote from an election, nor see which thread a comment is
  // in; the floors keep the first score.
  test79: {
    unlawful: [0.97, 1], // 0.977 / 1.000 (43/1/0); first score 0.872 / 0.953
    political: [0.63, 1], // 0.638 / 1.000 (30/17/0); first score the same
    needsReply: [0.93, 0.97], // 0.935 / 0.971 (101/7/3); first score 0.925 / 0.942
    anyPersonalData: [0.98, 1], // 0.988 / 1.000 (82/1/0); first score 0.987 / 0.951
    minor: [1, 1], // 1.000 / 1.000 (32/0/0); first score 1.000 / 0.969
    sensitive: [0.96, 0.96], // 0.969 / 0.969 (31/1/1); first score 0.964 / 0.844
    personnummer: [1, 1], // 1.000 / 1.000 (13/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (9/0/0)
    email: [1, 1], // 1.000 / 1.000 (4/0/0)
    address: [1, 1], // 1.000 / 1.000 (5/0/0)
  },
  test80: {
    unlawful: [1, 1], // 1.000 / 1.000 (42/0/0); first score 0.974 / 0.905
    political: [0.96, 0.67], // 0.966 / 0.671 (57/2/28); first score the same
    needsReply: [0.95, 0.97], // 0.954 / 0.972 (103/5/3); first score 0.953 / 0.962
    anyPersonalData: [0.98, 0.98], // 0.985 / 0.985 (66/1/1); first score 0.938 / 0.896
    minor: [0.96, 1], // 0.969 / 1.000 (31/1/0); first score 0.903 / 0.903
    sensitive: [1, 0.9], // 1.000 / 0.909 (20/0/2); first score 0.944 / 0.773
    personnummer: [1, 1], // 1.000 / 1.000 (7/0/0)
    bankAccount: [1, 0.5], // 1.000 / 0.500 (1/0/1)
    phone: [1, 1], // 1.000 / 1.000 (6/0/0)
    email: [1, 1], // 1.000 / 1.000 (2/0/0)
    address: [1, 0.8], // 1.000 / 0.800 (4/0/1)
  },
  // Tuned on since stop 51. Written 2026-12-07 by two writers in parallel who read only the corpus README and
  // politicians.json (end of stop 48), committed before any detector ran on them, and scored once in stop 50 with the
  // checks of fe6064a (the round on test75 and test76, the unlawful model retrained on dev … test76). That first score
  // (the honest one) is in each comment; the floors are the score after stop 51 read their misses and false alarms,
  // generalised rules from them (tests/checks/rules-from-test77-78.test.ts) and retrained the unlawful model on dev …
  // test78.
  test77: {
    unlawful: [0.97, 1], // 0.979 / 1.000 (47/1/0); first score 0.957 / 0.936
    political: [1, 0.94], // 1.000 / 0.943 (33/0/2); first score the same
    needsReply: [0.96, 0.98], // 0.969 / 0.984 (124/4/2); first score the same
    anyPersonalData: [0.97, 1], // 0.972 / 1.000 (70/2/0); first score 0.945 / 0.986
    minor: [0.96, 1], // 0.963 / 1.000 (26/1/0); first score 0.923 / 0.923
    sensitive: [0.95, 1], // 0.955 / 1.000 (21/1/0); first score 0.913 / 1.000
    personnummer: [1, 1], // 1.000 / 1.000 (10/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (9/0/0)
    email: [1, 1], // 1.000 / 1.000 (4/0/0)
    address: [1, 1], // 1.000 / 1.000 (8/0/0)
  },
  test78: {
    unlawful: [1, 1], // 1.000 / 1.000 (40/0/0); first score 0.971 / 0.850
    political: [0.96, 1], // 0.964 / 1.000 (27/1/0); first score the same
    needsReply: [0.94, 0.99], // 0.941 / 0.991 (112/7/1); first score 0.932 / 0.965
    anyPersonalData: [1, 1], // 1.000 / 1.000 (70/0/0); first score 0.986 / 0.971
    minor: [1, 1], // 1.000 / 1.000 (20/0/0)
    sensitive: [1, 0.96], // 1.000 / 0.963 (26/0/1); first score 0.962 / 0.926
    personnummer: [1, 1], // 1.000 / 1.000 (7/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (7/0/0); first score 1.000 / 0.857
    email: [1, 1], // 1.000 / 1.000 (4/0/0)
    address: [1, 1], // 1.000 / 1.000 (10/0/0)
  },
  // Tuned on since stop 50. Written 2026-12-07 by two writers in parallel who read only the corpus README and
  // politicians.json (stop 48, while test71 … test74 were being tuned on), committed before any detector ran on them
  // (cce1871) and scored once with the rules tuned on test71 … test74 and the three word models retrained on dev … test74
  // (8f9b79e). That first score (the honest one) is in each comment; the floors are the score after stop 50 read their
  // personal-data and minor misses, generalised rules from them and retrained the unlawful model on dev … test76.
  test75: {
    unlawful: [0.92, 1], // 0.923 / 1.000 (48/4/0); first score 0.885 / 0.958
    political: [0.97, 0.97], // 0.971 / 0.971 (33/1/1); first score the same
    needsReply: [0.97, 0.94], // 0.974 / 0.949 (111/3/6); first score the same
    anyPersonalData: [0.92, 0.97], // 0.930 / 0.971 (66/5/2); first score 0.928 / 0.941
    minor: [0.92, 0.92], // 0.923 / 0.923 (24/2/2); first score 0.917 / 0.846
    sensitive: [0.86, 0.95], // 0.870 / 0.952 (20/3/1); first score the same
    personnummer: [1, 1], // 1.000 / 1.000 (9/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (2/0/0)
    phone: [1, 1], // 1.000 / 1.000 (7/0/0)
    email: [1, 1], // 1.000 / 1.000 (5/0/0)
    address: [1, 1], // 1.000 / 1.000 (6/0/0)
  },
  test76: {
    unlawful: [0.93, 0.97], // 0.939 / 0.979 (46/3/1); first score 0.881 / 0.787
    political: [1, 0.98], // 1.000 / 0.981 (52/0/1); first score the same
    needsReply: [0.95, 0.98], // 0.957 / 0.985 (132/6/2); first score 0.942 / 0.978
    // "Kristna i Mellanöstern har fått försvara sig med vapen förr …" is a group, not a person: since stop 51 "kristna" is
    // a group plural like "muslimer" (in stop 50 it was a false alarm whenever the unlawful model did not flag the comment).
    anyPersonalData: [0.93, 0.92], // 0.938 / 0.927 (76/5/6); first score 0.936 / 0.890
    minor: [0.95, 0.95], // 0.952 / 0.952 (20/1/1); first score 0.947 / 0.857
    sensitive: [0.91, 0.86], // 0.912 / 0.861 (31/3/5); first score 0.909 / 0.833
    personnummer: [1, 1], // 1.000 / 1.000 (13/0/0); first score 1.000 / 0.923
    bankAccount: [0.75, 1], // 0.750 / 1.000 (3/1/0)
    phone: [1, 1], // 1.000 / 1.000 (7/0/0)
    email: [1, 1], // 1.000 / 1.000 (5/0/0)
    address: [0.88, 1], // 0.889 / 1.000 (8/1/0)
  },
  // Tuned on since stop 48 (their misses read, the rules generalised from them, and the word models trained on them, after
  // they were scored). test71 and test72 were written 2026-12-06 by two writers in parallel who read only the corpus README
  // and politicians.json (stop 46), committed before any detector ran on them (c42fb33) and scored once with the checks of
  // 41f464e: test71 unlawful 0.829 / 0.829, political 1.000 / 1.000, needsReply 0.897 / 0.990, anyPersonalData 0.941 /
  // 0.879, minor 0.968 / 0.968; test72 unlawful 0.886 / 0.861, political 1.000 / 0.977, needsReply 0.854 / 0.972,
  // anyPersonalData 0.938 / 0.924, minor 0.833 / 0.870. test73 and test74 were written the same way (stop 47), committed
  // before any detector ran on them (a5c9f96) and scored once with the checks of b703212: test73 unlawful 0.854 / 0.854,
  // political 1.000 / 0.980, needsReply 0.913 / 0.963, anyPersonalData 0.968 / 0.968, minor 0.971 / 0.944; test74 unlawful
  // 0.971 / 0.872, political 1.000 / 1.000, needsReply 0.933 / 0.949, anyPersonalData 0.941 / 0.960, minor 0.900 / 0.964.
  // The floors below are what the checks reach after the round on them (stop 48), rounded down: a regression guard.
  test71: {
    unlawful: [1, 1],
    political: [1, 1],
    needsReply: [0.96, 0.98],
    anyPersonalData: [0.94, 0.96],
    minor: [0.96, 1],
    sensitive: [0.9, 0.92],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test72: {
    unlawful: [1, 1],
    political: [1, 0.97],
    needsReply: [0.93, 0.98],
    anyPersonalData: [0.94, 0.98],
    minor: [0.85, 1],
    sensitive: [0.96, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test73: {
    unlawful: [0.97, 1],
    political: [1, 0.97],
    needsReply: [0.98, 0.97],
    anyPersonalData: [0.96, 0.98],
    minor: [1, 1],
    sensitive: [0.93, 0.93],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [0.91, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test74: {
    unlawful: [0.97, 1],
    political: [1, 1],
    needsReply: [0.97, 0.95],
    anyPersonalData: [0.95, 0.98],
    minor: [0.96, 1],
    sensitive: [0.91, 0.97],
    personnummer: [1, 1],
    bankAccount: [1, 0.75],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since the end of stop 46 (their misses read, and the word models trained on them, after they were scored).
  // Written 2026-12-06 by two writers in parallel who read only the corpus README and politicians.json (stop 46), committed
  // before any detector ran on them (ea63b2f) and scored once with the rules tuned on test67 and test68 and the word models
  // retrained on dev … test68 (650fc75): test69 unlawful 0.844 / 0.900, political 0.959 / 0.940, needsReply 0.947 / 0.991,
  // anyPersonalData 0.951 / 0.921, minor 0.846 / 1.000; test70 unlawful 0.886 / 0.861, political 1.000 / 0.977, needsReply
  // 0.884 / 0.971, anyPersonalData 0.935 / 0.892, minor 0.778 / 0.933. The floors below are what the checks reach after the
  // round on them (41f464e), rounded down: a regression guard.
  test69: {
    unlawful: [1, 1],
    political: [0.95, 0.94],
    needsReply: [0.97, 1],
    anyPersonalData: [0.96, 1],
    minor: [1, 1],
    sensitive: [0.96, 1],
    personnummer: [1, 1],
    bankAccount: [0.66, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test70: {
    unlawful: [0.94, 1],
    political: [1, 0.97],
    needsReply: [0.92, 0.98],
    anyPersonalData: [0.95, 0.98],
    minor: [0.93, 1],
    sensitive: [0.92, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since later in stop 46 (their misses read, and the word models trained on them, after they were scored).
  // Written 2026-12-06 by two writers in parallel who read only the corpus README and politicians.json (stop 46), committed
  // before any detector ran on them (5eac650) and scored once with the rules tuned on test65 and test66 and the word models
  // retrained on dev … test66 (5ecb466): test67 unlawful 0.929 / 0.839, political 1.000 / 1.000, needsReply 0.941 / 0.969,
  // anyPersonalData 0.958 / 0.958, minor 0.955 / 0.875; test68 unlawful 0.919 / 0.895, political 0.944 / 0.927, needsReply
  // 0.934 / 0.942, anyPersonalData 0.927 / 0.950, minor 0.882 / 0.938. The floors below are what the checks reach after
  // the round on them (650fc75), rounded down: a regression guard.
  test67: {
    unlawful: [0.93, 1],
    political: [1, 1],
    // 0.95 after the round on test67 and test68; the request model retrained on dev … test70 flags one more false alarm.
    needsReply: [0.94, 0.96],
    anyPersonalData: [0.95, 0.98],
    minor: [0.96, 1],
    sensitive: [0.91, 0.95],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test68: {
    unlawful: [1, 1],
    political: [0.94, 0.96],
    // 0.97 after the round on test67 and test68; the request model retrained on dev … test74 flags one more false alarm.
    needsReply: [0.96, 0.97],
    anyPersonalData: [0.98, 0.98],
    minor: [0.96, 1],
    sensitive: [1, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 0.91],
  },
  // Tuned on since stop 46 (their misses read, and the word models trained on them, after they were scored). Written
  // 2026-12-06 by two writers in parallel who read only the corpus README and politicians.json (stop 45), committed before
  // any detector ran on them (124cc6f) and scored once with the rules tuned on test63 and test64 and the unlawful model
  // retrained on dev … test64 (3a409f0): test65 unlawful 0.939 / 0.816, political 0.962 / 1.000, needsReply 0.881 /
  // 1.000 (0.890 with the request model, e763065), anyPersonalData 0.962 / 0.938, minor 0.929 / 0.929; test66 unlawful
  // 0.933 / 0.955, political 1.000 / 0.804, needsReply 0.848 / 0.963 (0.867 with the request model), anyPersonalData
  // 0.906 / 0.921, minor 0.750 / 0.964. The floors below are what the checks reach after stop 46's round on them
  // (5ecb466), rounded down: a regression guard.
  test65: {
    unlawful: [0.97, 1],
    political: [0.96, 1],
    // 0.92 after the round on test65 and test66; the request model retrained on dev … test70 flags one more false alarm.
    needsReply: [0.91, 1],
    anyPersonalData: [0.97, 0.98],
    minor: [0.96, 1],
    sensitive: [0.96, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.87, 1],
  },
  test66: {
    unlawful: [1, 1],
    political: [1, 0.84],
    needsReply: [0.93, 0.96],
    anyPersonalData: [0.98, 0.95],
    minor: [1, 1],
    sensitive: [0.95, 0.91],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 0.66],
  },
  // Tuned on since stop 45 (their misses read, and the unlawful model trained on them, after they were scored). Written
  // 2026-12-06 by two writers in parallel who read only the corpus README and politicians.json (stop 44), committed before
  // any detector ran on them (4c77cb2) and scored once with the unlawful model retrained on dev … test60 (ff38023): test63
  // unlawful 0.864 / 0.962, needsReply 0.917 / 0.992, anyPersonalData 0.929 / 0.951, minor 0.889 / 0.941, personnummer
  // 1.000 / 1.000; test64 unlawful 0.855 / 0.825, needsReply 0.857 / 0.974, anyPersonalData 0.864 / 0.959, minor 0.786 /
  // 0.917, personnummer 0.917 / 1.000. The floors are the figures after stop 45's round (the unlawful ones with the model
  // trained on them).
  test63: {
    unlawful: [0.96, 1],
    political: [1, 0.95],
    needsReply: [0.93, 0.99],
    anyPersonalData: [0.92, 0.95],
    minor: [0.88, 0.94],
    sensitive: [0.93, 0.9],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.8, 0.8],
  },
  test64: {
    unlawful: [1, 1],
    political: [1, 1],
    needsReply: [0.94, 0.98],
    anyPersonalData: [0.94, 0.95],
    minor: [0.81, 0.91],
    sensitive: [0.94, 0.85],
    personnummer: [0.91, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.91, 1],
  },
  // Tuned on since stop 44 (their misses read after test63 and test64 were scored). Written 2026-12-06 by two writers in
  // parallel who read only the corpus README and politicians.json (stop 42, while test59 and test60 were tuned on),
  // committed before any detector ran on them (0b4b4c6) and scored once with the rules tuned on test59 and test60
  // (69f0b56): test61 unlawful 0.964 / 0.794, needsReply 0.867 / 0.955, anyPersonalData 0.975 / 0.940, minor 0.927 /
  // 0.950; test62 unlawful 0.933 / 0.737, needsReply 0.847 / 0.965, anyPersonalData 0.915 / 0.929, minor 0.889 / 0.800;
  // personnummer 1 / 1 on both. The floors below are what stop 44's round reached on them, rounded down.
  test61: {
    unlawful: [0.96, 0.88],
    political: [0.97, 1],
    needsReply: [0.87, 0.95],
    anyPersonalData: [0.97, 0.94],
    minor: [0.92, 0.95],
    sensitive: [0.95, 0.84],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 0.88],
  },
  test62: {
    unlawful: [0.94, 0.84],
    political: [1, 1],
    needsReply: [0.89, 0.96],
    anyPersonalData: [0.91, 0.95],
    minor: [0.9, 0.9],
    sensitive: [0.9, 0.9],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.72, 1],
  },
  // Tuned on since stop 42's second round (their misses read after their first scores): test59 and test60, written
  // 2026-12-06 by two writers (stop 42, d237b8c) and scored once with the rules tuned on test57 and test58 (a0b6270):
  // test59 unlawful 0.893 / 0.781, political 0.993 / 0.835, needsReply 0.832 / 0.990, anyPersonalData 0.909 / 0.909,
  // minor 0.939 / 0.939; test60 unlawful 0.923 / 0.706, political 0.946 / 1.000, needsReply 0.883 / 1.000,
  // anyPersonalData 0.890 / 0.910, minor 0.750 / 0.913. The floors below are what the second round reached on them,
  // rounded down.
  test59: {
    unlawful: [0.9, 0.93], // 0.909 / 0.938 (30/3/2)
    political: [0.99, 0.9], // 0.994 / 0.901 (164/1/18)
    needsReply: [0.89, 0.99], // 0.897 / 0.990 (104/12/1)
    anyPersonalData: [0.93, 0.97], // 0.933 / 0.980 (97/7/2)
    minor: [0.94, 1], // 0.943 / 1.000 (33/2/0)
    sensitive: [0.86, 0.95], // 0.864 / 0.950 (38/6/2)
    personnummer: [1, 1], // 1.000 / 1.000 (9/0/0)
    bankAccount: [0.66, 1], // 0.667 / 1.000 (2/1/0)
    phone: [1, 1], // 1.000 / 1.000 (12/0/0)
    email: [1, 1], // 1.000 / 1.000 (6/0/0)
    address: [1, 1], // 1.000 / 1.000 (12/0/0)
  },
  test60: {
    unlawful: [0.96, 0.91], // 0.969 / 0.912 (31/1/3)
    political: [0.94, 1], // 0.946 / 1.000 (35/2/0)
    needsReply: [0.98, 1], // 0.980 / 1.000 (98/2/0)
    anyPersonalData: [0.9, 0.93], // 0.902 / 0.933 (83/9/6)
    minor: [0.78, 0.95], // 0.786 / 0.957 (22/6/1)
    sensitive: [0.83, 0.88], // 0.838 / 0.886 (31/6/4)
    personnummer: [1, 1], // 1.000 / 1.000 (8/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 0.91], // 1.000 / 0.917 (11/0/1)
    email: [1, 1], // 1.000 / 1.000 (7/0/0)
    address: [0.9, 1], // 0.900 / 1.000 (9/1/0)
  },
  // Tuned on since stop 42's first round (their misses read after their first scores): test57 and test58, written 2026-12-06 by two writers
  // (stop 41, e5b4383) and scored once with the rules tuned on test53 … test56 (4c0666f): test57 unlawful 0.909 / 0.909,
  // political 0.969 / 0.969, needsReply 0.888 / 0.990, anyPersonalData 0.850 / 0.944, minor 0.786 / 0.957; test58 unlawful
  // 0.931 / 0.871, political 1.000 / 0.950, needsReply 0.851 / 0.976, anyPersonalData 0.974 / 0.950, minor 1.000 / 0.906. The
  // floors below are what stop 42's round reached on them, rounded down.
  test57: {
    unlawful: [0.9, 0.9], // 0.909 / 0.909 (20/2/2)
    political: [1, 1], // 1.000 / 1.000 (32/0/0)
    needsReply: [0.9, 1], // 0.904 / 1.000 (104/11/0)
    anyPersonalData: [0.87, 1], // 0.878 / 1.000 (72/10/0)
    minor: [0.79, 1], // 0.793 / 1.000 (23/6/0)
    sensitive: [0.83, 1], // 0.833 / 1.000 (20/4/0)
    personnummer: [1, 1], // 1.000 / 1.000 (9/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (5/0/0)
    phone: [1, 1], // 1.000 / 1.000 (11/0/0)
    email: [1, 1], // 1.000 / 1.000 (6/0/0)
    address: [1, 1], // 1.000 / 1.000 (6/0/0)
  },
  test58: {
    unlawful: [0.96, 1], // 0.969 / 1.000 (31/1/0)
    political: [1, 0.96], // 1.000 / 0.967 (58/0/2)
    needsReply: [0.95, 0.98], // 0.953 / 0.988 (81/4/1)
    anyPersonalData: [0.97, 1], // 0.976 / 1.000 (80/2/0)
    minor: [1, 1], // 1.000 / 1.000 (32/0/0)
    sensitive: [0.93, 0.96], // 0.935 / 0.967 (29/2/1)
    personnummer: [1, 1], // 1.000 / 1.000 (10/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (2/0/0)
    phone: [1, 1], // 1.000 / 1.000 (9/0/0)
    email: [1, 1], // 1.000 / 1.000 (5/0/0)
    address: [1, 1], // 1.000 / 1.000 (7/0/0)
  },
  // Tuned on since stop 41 (their misses read after their first scores). test53 and test54: written 2026-12-06 by two writers
  // (stop 40, ee3f4b2), scored once with the rules tuned on test51 and test52 (a57ce11): test53 unlawful 0.880 / 0.846,
  // political 0.962 / 1.000, needsReply 0.929 / 0.963, anyPersonalData 0.970 / 0.914, minor 0.957 / 0.957; test54 unlawful
  // 0.955 / 0.875, political 1.000 / 0.944, needsReply 0.875 / 0.926, anyPersonalData 0.982 / 0.949, minor 0.938 / 0.938.
  // test55 and test56: written 2026-12-06 by two writers (stop 41, 7ecae00), scored once with the checks as stop 40 left them
  // (759706b): test55 unlawful 0.857 / 0.923, political 1.000 / 0.929, needsReply 0.875 / 0.948, anyPersonalData 0.935 /
  // 0.906, minor 0.818 / 0.857; test56 unlawful 0.957 / 0.846, political 0.927 / 1.000, needsReply 0.894 / 0.977,
  // anyPersonalData 0.955 / 0.914, minor 0.913 / 0.955, personnummer 0.875 / 1.000. The floors below are what stop 41's round
  // reached on them, rounded down.
  test53: {
    unlawful: [0.96, 1], // 0.963 / 1.000 (26/1/0)
    political: [1, 1], // 1.000 / 1.000 (25/0/0)
    needsReply: [0.93, 0.96], // 0.937 / 0.963 (104/7/4)
    anyPersonalData: [0.97, 0.97], // 0.971 / 0.971 (68/2/2)
    minor: [0.95, 0.95], // 0.957 / 0.957 (22/1/1)
    sensitive: [0.95, 0.87], // 0.955 / 0.875 (21/1/3)
    personnummer: [1, 1], // 1.000 / 1.000 (6/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (2/0/0)
    phone: [1, 1], // 1.000 / 1.000 (7/0/0)
    email: [1, 1], // 1.000 / 1.000 (5/0/0)
    address: [1, 1], // 1.000 / 1.000 (6/0/0)
  },
  test54: {
    unlawful: [0.95, 0.95], // 0.958 / 0.958 (23/1/1)
    political: [1, 0.94], // 1.000 / 0.944 (34/0/2)
    needsReply: [0.87, 0.92], // 0.875 / 0.926 (63/9/5)
    anyPersonalData: [0.98, 0.96], // 0.983 / 0.966 (57/1/2)
    minor: [0.93, 0.93], // 0.938 / 0.938 (15/1/1)
    sensitive: [1, 0.96], // 1.000 / 0.964 (27/0/1)
    personnummer: [1, 1], // 1.000 / 1.000 (4/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (4/0/0)
    email: [1, 1], // 1.000 / 1.000 (2/0/0)
    address: [0.83, 1], // 0.833 / 1.000 (5/1/0)
  },
  test55: {
    unlawful: [1, 1], // 1.000 / 1.000 (26/0/0)
    political: [1, 0.92], // 1.000 / 0.929 (26/0/2)
    needsReply: [0.92, 0.95], // 0.929 / 0.958 (92/7/4)
    anyPersonalData: [0.93, 0.95], // 0.938 / 0.953 (61/4/3)
    minor: [0.82, 0.9], // 0.826 / 0.905 (19/4/2)
    sensitive: [0.95, 0.82], // 0.950 / 0.826 (19/1/4)
    personnummer: [1, 1], // 1.000 / 1.000 (9/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (8/0/0)
    email: [1, 1], // 1.000 / 1.000 (5/0/0)
    address: [1, 1], // 1.000 / 1.000 (6/0/0)
  },
  test56: {
    unlawful: [1, 1], // 1.000 / 1.000 (26/0/0)
    political: [1, 1], // 1.000 / 1.000 (38/0/0)
    needsReply: [0.91, 0.97], // 0.913 / 0.977 (84/8/2)
    anyPersonalData: [0.97, 0.97], // 0.971 / 0.971 (68/2/2)
    minor: [0.91, 1], // 0.917 / 1.000 (22/2/0)
    sensitive: [1, 0.84], // 1.000 / 0.848 (28/0/5)
    personnummer: [1, 1], // 1.000 / 1.000 (7/0/0)
    bankAccount: [1, 1], // 1.000 / 1.000 (3/0/0)
    phone: [1, 1], // 1.000 / 1.000 (8/0/0)
    email: [0.8, 1], // 0.800 / 1.000 (4/1/0)
    address: [1, 1], // 1.000 / 1.000 (7/0/0)
  },
  // Tuned on since stop 40's second round (their misses read after their first score). Written 2026-12-06 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 40, while test49 and test50 were tuned on),
  // committed before any detector ran on them (41ca7cb) and scored once with the rules tuned on test49 and test50 and the
  // retrained unlawful model (95dd8e4): test51 unlawful 0.957 / 0.786, political 0.965 / 0.932, needsReply 0.854 / 0.936,
  // anyPersonalData 0.983 / 0.905, minor 0.905 / 0.950; test52 unlawful 0.926 / 0.962, political 0.977 / 0.933, needsReply
  // 0.872 / 0.921, anyPersonalData 0.903 / 0.903, minor 0.913 / 0.955; personnummer 1 / 1 on both. The floors below are
  // what stop 40's second round reached on them, rounded down.
  test51: {
    unlawful: [1, 0.96],
    political: [1, 0.93],
    needsReply: [0.93, 0.98],
    anyPersonalData: [0.98, 0.95],
    minor: [0.9, 1],
    sensitive: [0.95, 0.88],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test52: {
    unlawful: [0.92, 1],
    political: [0.97, 0.97],
    // 0.98 until stop 44: the unlawful model retrained up to test60 no longer flags an ambiguous threat to politicians
    // ("… så får ni se vad som händer", ~U:hot), and the question check then asks for a reply to it (tp/fp/fn 86/1/3 →
    // 87/2/2: one reply more found, one false one more).
    needsReply: [0.97, 0.96],
    anyPersonalData: [0.93, 0.95],
    minor: [0.91, 1],
    sensitive: [0.92, 0.92],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 40's first round (their misses read after their first score). Written 2026-12-05 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 39, while test47 and test48 were tuned on),
  // committed before any detector ran on them (a383297) and scored once with the rules tuned on test47 and test48
  // (301b4dd): test49 unlawful 0.784 / 0.906, political 0.949 / 1.000, needsReply 0.914 / 0.975, anyPersonalData 0.843 /
  // 0.938, minor 0.762 / 0.970, personnummer 0.923 / 0.923; test50 unlawful 0.933 / 0.903, political 0.943 / 1.000,
  // needsReply 0.926 / 0.977, anyPersonalData 0.919 / 0.932, minor 0.828 / 0.923, personnummer 1 / 1. The floors below
  // are what stop 40's first round reached on them, rounded down.
  test49: {
    unlawful: [0.96, 1],
    political: [1, 1],
    needsReply: [0.99, 1],
    anyPersonalData: [0.86, 1],
    minor: [0.76, 0.96],
    sensitive: [0.85, 0.94],
    personnummer: [1, 0.92],
    bankAccount: [1, 1],
    phone: [0.9, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test50: {
    unlawful: [1, 1],
    political: [0.97, 1],
    needsReply: [0.97, 1],
    anyPersonalData: [0.92, 0.95],
    minor: [0.82, 0.92],
    sensitive: [0.95, 0.95],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.87, 1],
  },
  // Tuned on since stop 39's sixth round (their misses read after their first score). Written 2026-12-05 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 39, while test45 and test46 were tuned on),
  // committed before any detector ran on them (03fbe15) and scored once with the rules tuned on test45 and test46
  // (d60cd25): test47 unlawful 0.939 / 0.969, political 1.000 / 0.932, needsReply 0.926 / 0.977 (0.894 with the build's
  // misreading of "own re:off", fixed in bc2dcfe), anyPersonalData 0.976 / 0.952, minor 0.941 / 0.941; test48 unlawful
  // 1.000 / 0.846, political 1.000 / 1.000, needsReply 0.930 / 0.983, anyPersonalData 0.970 / 0.970, minor 0.947 /
  // 0.947; personnummer 1 / 1 on both. The floors below are what stop 39's sixth round reached on them, rounded down.
  test47: {
    unlawful: [0.96, 1],
    political: [1, 0.93],
    needsReply: [0.96, 0.99],
    anyPersonalData: [0.98, 0.97],
    minor: [0.94, 0.94],
    sensitive: [1, 0.97],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test48: {
    unlawful: [1, 0.97],
    political: [1, 1],
    needsReply: [0.98, 0.99],
    anyPersonalData: [0.97, 1],
    minor: [0.94, 0.97],
    sensitive: [0.95, 1],
    personnummer: [1, 1],
    bankAccount: [1, 0.75],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 39's fifth round (their misses read after their first score). Written 2026-12-05 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 39, while test43 and test44 were tuned on),
  // committed before any detector ran on them (cedb920) and scored once with the rules tuned on test43 and test44
  // (2c640e2): test45 unlawful 0.848 / 0.824, political 1.000 / 0.977, needsReply 0.959 / 0.967, anyPersonalData 0.971 /
  // 0.980, minor 0.974 / 1.000; test46 unlawful 0.862 / 0.806, political 1.000 / 0.949, needsReply 0.928 / 0.977,
  // anyPersonalData 0.954 / 0.988, minor 0.842 / 1.000; personnummer 1 / 1 on both. The floors below are what stop 39's
  // fifth round reached on them, rounded down.
  test45: {
    unlawful: [0.94, 1],
    political: [1, 1],
    needsReply: [0.99, 1],
    anyPersonalData: [0.98, 1],
    minor: [0.97, 1],
    sensitive: [0.97, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test46: {
    unlawful: [0.91, 1],
    political: [1, 0.97],
    needsReply: [0.97, 0.98],
    anyPersonalData: [0.95, 0.98],
    minor: [0.84, 1],
    sensitive: [0.96, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 0.66],
    phone: [1, 1],
    email: [0.87, 1],
    address: [1, 1],
  },
  // Tuned on since stop 39's fourth round (their misses read after their first score). Written 2026-12-05 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 39, while test41 and test42 were tuned on),
  // committed before any detector ran on them (6d4b172) and scored once with the rules tuned on test41 and test42
  // (6eb66d5): test43 unlawful 0.853 / 0.853, political 0.884 / 0.950, needsReply 0.915 / 0.952, anyPersonalData 0.948 /
  // 0.961, minor 0.957 / 0.917; test44 unlawful 0.906 / 1.000, political 1.000 / 0.936, needsReply 0.895 / 0.982,
  // anyPersonalData 0.949 / 0.926, minor 0.889 / 0.889; personnummer 1 / 1 on both. test43's writer marked the office's
  // answers in threads "own re:off", which the build read as residents' replies until it was fixed in stop 39; with the
  // same code test43's first score then reads needsReply 0.952 / 0.952, anyPersonalData 0.961 / 0.961. The floors below
  // are what stop 39's fourth round reached on them, rounded down.
  test43: {
    unlawful: [0.94, 1],
    // Lowered in stop 46 from 0.97: "Jag är 16 och kandiderar" (to be the Lucia, said only by the candle) is read as a
    // candidacy for office since "kandiderar" became an election word.
    political: [0.95, 0.95],
    needsReply: [0.94, 0.97],
    anyPersonalData: [0.97, 1],
    minor: [0.96, 1],
    sensitive: [1, 0.97],
    personnummer: [1, 1],
    bankAccount: [0.8, 1],
    phone: [0.88, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test44: {
    unlawful: [0.93, 1],
    political: [1, 0.93],
    needsReply: [1, 1],
    anyPersonalData: [0.95, 0.98],
    minor: [0.9, 1],
    sensitive: [0.96, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [0.8, 1],
    address: [0.87, 1],
  },
  // Tuned on since stop 39's third round (their misses read after their first score). Written 2026-12-05 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 39, while test39 and test40 were tuned on),
  // committed before any detector ran on them (22e660f) and scored once with the rules tuned on test39 and test40
  // (f7fb8a7): test41 unlawful 0.914 / 0.889, political 0.981 / 0.946, needsReply 0.899 / 1.000, anyPersonalData 0.986 /
  // 0.880, minor 0.960 / 0.923; test42 unlawful 0.933 / 0.824, political 0.933 / 1.000, needsReply 0.906 / 0.969,
  // anyPersonalData 0.901 / 0.901, minor 0.867 / 0.897; personnummer 1 / 1 on both. The floors below are what stop 39's
  // third round reached on them, rounded down.
  test41: {
    unlawful: [0.94, 1],
    political: [0.98, 0.96],
    needsReply: [0.96, 1],
    anyPersonalData: [0.98, 1],
    minor: [0.96, 1],
    sensitive: [0.97, 0.97],
    personnummer: [1, 1],
    bankAccount: [1, 0.66],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test42: {
    unlawful: [0.94, 1],
    political: [1, 1],
    needsReply: [0.98, 0.99],
    anyPersonalData: [0.94, 0.98],
    minor: [0.87, 0.96],
    sensitive: [0.94, 0.92],
    personnummer: [1, 1],
    bankAccount: [0.75, 1],
    phone: [0.88, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 39's second round (their misses read after their first score). Written 2026-12-05 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 39, while test37 and test38 were tuned on),
  // committed before any detector ran on them (fcd2192) and scored once with the rules tuned on test37 and test38
  // (bb69e74): test39 unlawful 1.000 / 0.917, political 1.000 / 0.973, needsReply 0.964 / 0.985, anyPersonalData 0.937 /
  // 0.947, minor 0.964 / 0.964, personnummer 1 / 1 (every target met); test40 unlawful 0.875 / 0.933, political 1.000 /
  // 0.950, needsReply 0.937 / 0.967, anyPersonalData 0.938 / 0.949, minor 0.889 / 0.889, personnummer 0.900 / 1.000.
  // The floors below are what stop 39's second round reached on them, rounded down.
  test39: {
    unlawful: [1, 1],
    political: [1, 1],
    needsReply: [1, 1],
    anyPersonalData: [0.94, 1],
    minor: [0.96, 1],
    sensitive: [0.91, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test40: {
    unlawful: [0.96, 1],
    political: [1, 1],
    needsReply: [1, 0.99],
    anyPersonalData: [0.97, 0.98],
    minor: [0.89, 0.94],
    sensitive: [0.95, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 39's first round (their misses read after their first score). test38 was written 2026-12-05 by
  // one writer who read only the corpus README and politicians.json (stop 38, after test35 and test36 were scored),
  // committed before any detector ran on it (e9e4268) and scored once with the rules tuned on test35 and test36
  // (9fa8cbb): unlawful 0.871 / 1.000, political 0.976 / 0.976, needsReply 0.886 / 0.981, anyPersonalData 0.870 / 0.909,
  // minor 0.756 / 0.850. test37, the round's other writer's part, committed as a set of its own (43224b2), scored once
  // with the same code: unlawful 0.897 / 1.000, political 1.000 / 1.000, needsReply 0.877 / 0.982, anyPersonalData 0.904
  // / 0.930, minor 0.871 / 1.000. The floors below are what stop 39's first round reached on them, rounded down.
  test38: {
    unlawful: [0.93, 1],
    political: [0.97, 0.97],
    needsReply: [0.97, 0.99],
    anyPersonalData: [0.91, 0.97],
    minor: [0.78, 0.97],
    sensitive: [0.93, 0.93],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test37: {
    unlawful: [0.92, 1],
    political: [1, 1],
    needsReply: [0.93, 0.99],
    anyPersonalData: [0.95, 0.97],
    minor: [0.9, 1],
    sensitive: [0.96, 0.93],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 38's sixth round (their misses read after their first score). Written 2026-12-05 by two writers
  // in parallel who read only the corpus README and politicians.json (stop 38, after test33 and test34 were scored),
  // committed before any detector ran on them (f0140f4) and scored once with the rules tuned on test33 and test34
  // (8e96d0f): test35 unlawful 0.889 / 1.000, political 0.909 / 1.000, needsReply 0.885 / 0.991, anyPersonalData 0.929 /
  // 0.929, minor 0.904 / 0.959; test36 unlawful 0.848 / 0.933, political 0.966 / 0.966, needsReply 0.954 / 0.976,
  // anyPersonalData 0.932 / 0.920, minor 0.938 / 0.968. With the rules alone: test35
  // unlawful 1.000 / 0.625, needsReply 0.859 / 0.991, anyPersonalData 0.927 / 0.908, minor 1.000 / 0.939; test36
  // unlawful 0.913 / 0.700, needsReply 0.955 / 1.000, anyPersonalData 0.944 / 0.907, minor 1.000 / 0.935. With the code
  // stop 38 started with (f8e4eb9): test35 the same; test36 political 0.964 / 0.931, needsReply 0.939 / 0.976,
  // anyPersonalData 0.919 / 0.907, sensitive 0.964 / 0.771, address 0.583 / 1.000, the rest the same.
  // The floors below are what the stop-38 sixth round reached on test35 and test36, rounded down.
  test35: {
    unlawful: [0.91, 1],
    political: [0.9, 1],
    needsReply: [0.92, 1],
    anyPersonalData: [0.92, 0.92],
    minor: [0.9, 0.95],
    sensitive: [0.85, 0.8],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 0.88],
    email: [1, 0.75],
    address: [1, 1],
  },
  test36: {
    unlawful: [0.88, 1],
    political: [1, 1],
    needsReply: [0.98, 0.98],
    anyPersonalData: [0.93, 0.92],
    minor: [0.93, 0.96],
    sensitive: [0.96, 0.8],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.63, 1],
  },
  // Tuned on since stop 38's fifth round (its misses read after its first score). Written 2026-12-05 by one writer who
  // read only the corpus README and politicians.json (stop 38, after test31 and test32 were scored), committed before any
  // detector ran on it (6d388f5; one repeated thank-you line made unique in 154aaf1) and scored once with the rules tuned
  // on test31 and test32 (414c288): unlawful 0.892 / 0.917, political 1.000 / 0.929, needsReply 0.933 / 0.977,
  // anyPersonalData 0.931 / 0.950, minor 0.970 / 1.000, sensitive 0.870 / 0.833. With the rules alone: unlawful 0.960 / 0.667, needsReply 0.926 / 0.984, anyPersonalData 0.930 / 0.930, minor
  // 1.000 / 0.906. With the code stop 38 started with (f8e4eb9): needsReply 0.926 / 0.977, the rest the same.
  // The floors below are what the stop-38 fifth round reached on it, rounded down.
  test33: {
    unlawful: [0.94, 0.97],
    political: [1, 1],
    needsReply: [0.94, 0.99],
    anyPersonalData: [0.97, 1],
    minor: [0.96, 1],
    sensitive: [0.95, 0.95],
    personnummer: [1, 1],
    bankAccount: [0.66, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 38's fifth round. The round's other writer's part, briefed with the same brief, finished after
  // test33 was committed and scored; committed as a set of its own before any detector ran on it (dbc2ab4; one repeated
  // thank-you line made unique in 3425edd) and scored once with the rules tuned on test31 and test32 (414c288): unlawful
  // 0.905 / 0.974, political 1.000 / 0.915, needsReply 0.898 / 0.974, anyPersonalData 0.940 / 0.919, minor 0.938 /
  // 0.938, personnummer 0.857 / 1.000. With
  // the rules alone: unlawful 0.970 / 0.821, needsReply 0.891 / 0.974, anyPersonalData 0.938 / 0.884, minor 0.964 /
  // 0.844. The code stop 38 started with (f8e4eb9) gave the same.
  // The floors below are what the stop-38 fifth round reached on it, rounded down.
  test34: {
    unlawful: [0.95, 0.97],
    political: [1, 0.97],
    needsReply: [0.97, 1],
    anyPersonalData: [0.95, 1],
    minor: [0.94, 1],
    sensitive: [0.92, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 38's fourth round (their misses read after their first score). Written 2026-12-05 by two
  // writers in parallel who read only the corpus README and politicians.json (stop 38, after test29 and test30 were
  // scored), committed before any detector ran on them (cc62e9e) and scored once with the rules tuned on test29 and
  // test30 (49dc422): test31 unlawful 0.818 / 0.931, political 0.968 / 1.000, needsReply 0.943 / 0.991, anyPersonalData
  // 0.965 / 0.932, minor 0.921 / 0.946; test32 unlawful 0.903 / 0.966, political 0.974 / 0.949, needsReply 0.897 / 0.920,
  // anyPersonalData 0.879 / 0.952, minor 0.929 / 1.000, personnummer 0.833 / 1.000. With the rules alone: test31
  // unlawful 0.905 / 0.655, needsReply 0.906 / 1.000, anyPersonalData 0.975 / 0.886, minor 1.000 / 0.838; test32
  // unlawful 0.870 / 0.690, needsReply 0.889 / 0.920, anyPersonalData 0.878 / 0.940, minor 0.962 / 0.962. With the code
  // stop 38 started with (f8e4eb9): test31 needsReply 0.942 / 0.983, anyPersonalData 0.964 / 0.920, sensitive 0.971 /
  // 0.872; test32 needsReply 0.889 / 0.920; the rest the same.
  // The floors below are what the stop-38 fourth round reached on test31 and test32, rounded down.
  test31: {
    unlawful: [0.9, 1],
    political: [1, 1],
    needsReply: [0.98, 0.99],
    anyPersonalData: [0.97, 0.97],
    minor: [0.92, 0.97],
    sensitive: [0.97, 0.97],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test32: {
    unlawful: [0.96, 1],
    political: [1, 0.97],
    needsReply: [0.97, 0.96],
    anyPersonalData: [0.97, 1],
    minor: [0.96, 1],
    sensitive: [0.97, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.9, 1],
  },
  // Tuned on since stop 38's third round (its misses read after its first score). Written 2026-12-05 by one writer who
  // read only the corpus README and politicians.json (stop 38, after test27 and test28 were scored), committed before
  // any detector ran on it (584f966) and scored once with the rules tuned on test27 and test28 (e3a3ea3): unlawful 0.839 /
  // 0.963, political 0.861 / 0.939, needsReply 0.901 / 0.971, anyPersonalData 0.917 / 0.939, minor 0.939 / 0.969. With the rules alone: unlawful 0.875 / 0.778,
  // needsReply 0.885 / 0.971, anyPersonalData 0.927 / 0.927, minor 1.000 / 0.938. With the code stop 38 started with
  // (f8e4eb9): political 0.912 / 0.939 and needsReply 0.893 / 0.971, the rest the same: the stop's rounds added two
  // political false alarms here.
  // The floors below are what the stop-38 third round reached on it, rounded down.
  test30: {
    unlawful: [0.9, 1],
    political: [0.86, 0.93],
    needsReply: [0.93, 0.98],
    anyPersonalData: [0.97, 0.98],
    minor: [0.94, 1],
    sensitive: [0.97, 0.97],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 38's third round. The round's other writer's part, briefed with the same brief, finished after
  // test30 was committed and scored; committed as a set of its own before any detector ran on it (55a3d5a) and scored
  // once with the rules tuned on test27 and test28 (e3a3ea3): unlawful 0.879 / 0.967, political 0.988 / 0.848,
  // needsReply 0.907 / 0.975, anyPersonalData 0.950 / 0.916, minor 0.960 / 0.923. With the rules alone: unlawful 0.950 / 0.633,
  // needsReply 0.886 / 0.975, anyPersonalData 0.961 / 0.892, minor 1.000 / 0.846. With the code stop 38 started with
  // (f8e4eb9): unlawful 0.853 / 0.967 and needsReply 0.906 / 0.967, the rest the same.
  // The floors below are what the stop-38 third round reached on it, rounded down.
  test29: {
    unlawful: [0.9, 1],
    political: [1, 0.95],
    needsReply: [0.95, 0.97],
    anyPersonalData: [0.97, 1],
    minor: [0.96, 1],
    sensitive: [0.97, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 38's second round (its misses read after its first score). Written 2026-12-05 by one writer who
  // read only the corpus README and politicians.json (stop 38), committed before any detector ran on it (b186d55) and
  // scored once with the rules tuned on test25 and test26 (d6a0327): unlawful 0.893 / 1.000, political 0.964 / 0.871,
  // needsReply 0.946 / 0.946, anyPersonalData 0.963 / 0.939, minor 0.941 / 0.941. With the rules alone: unlawful 0.950 / 0.760, needsReply 0.938 / 0.946, anyPersonalData 0.987 /
  // 0.927, minor 1.000 / 0.912, sensitive 1.000 / 0.879. With the code stop 38 started with (f8e4eb9): the same, except
  // sensitive 1.000 / 0.818.
  // The floors below are what the stop-38 second round reached on it, rounded down.
  test28: {
    unlawful: [0.92, 1],
    political: [1, 0.9],
    needsReply: [0.99, 0.97],
    anyPersonalData: [0.97, 0.98],
    minor: [0.94, 0.97],
    sensitive: [1, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 38's second round. The round's other writer's part, briefed with the same brief, finished after
  // test28 was committed and scored; committed as a set of its own before any detector ran on it (720af7e) and scored
  // once with the rules tuned on test25 and test26 (d6a0327): unlawful 0.882 / 0.968, political 1.000 / 0.941,
  // needsReply 0.947 / 0.976, anyPersonalData 0.944 / 0.924, minor 0.943 / 0.917. With the rules alone: unlawful 0.857 / 0.581,
  // needsReply 0.899 / 0.976, anyPersonalData 0.953 / 0.891, minor 1.000 / 0.806. With the code stop 38 started with
  // (f8e4eb9): unlawful 0.857 / 0.968, political 1.000 / 0.912, needsReply 0.939 / 0.969, the rest the same.
  // The floors below are what the stop-38 second round reached on it, rounded down.
  test27: {
    unlawful: [0.93, 1],
    political: [1, 0.97],
    needsReply: [0.98, 1],
    anyPersonalData: [0.94, 0.98],
    minor: [0.94, 0.97],
    sensitive: [0.92, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.87, 1],
  },
  // Tuned on since stop 38 (its misses read after its first score). test25's second writer's part, briefed with
  // test25's brief, finished after test25 was committed; committed as a set of its own before any detector ran on it
  // (7b3ddd7) and scored once in stop 37 with the rules tuned on test23 and test24 (d28b0be): unlawful 0.947 / 0.947,
  // political 0.957 / 0.917, needsReply 0.903 / 0.949, anyPersonalData 0.919 / 0.966, minor 0.846 / 1.000, sensitive
  // 0.905 / 0.905. The floors below are what the stop-38 round reached on it, rounded down: a regression guard.
  test26: {
    unlawful: [0.95, 1],
    political: [0.97, 0.97],
    needsReply: [0.95, 0.98],
    anyPersonalData: [0.92, 1],
    minor: [0.84, 1],
    sensitive: [0.91, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 38. Written 2026-12-05 by one writer who read only the corpus README and politicians.json (stop
  // 37), committed before any detector ran on it (8f42220) and scored once in stop 37 with the rules tuned on test23 and
  // test24 (54c6a0f): unlawful 0.875 / 1.000, political 0.944 / 1.000, needsReply 0.900 / 0.967, anyPersonalData 0.952 /
  // 0.930, minor 0.895 / 1.000, sensitive 0.914 / 0.800. The floors below are what the stop-38 round reached on it.
  test25: {
    unlawful: [0.91, 1],
    political: [1, 1],
    needsReply: [0.95, 0.98],
    anyPersonalData: [0.96, 0.97],
    minor: [0.89, 1],
    sensitive: [0.95, 0.95],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.88, 1],
  },
  // Tuned on since stop 37 (its misses read after its first score). Written 2026-12-05 by one writer who read only
  // the corpus README and politicians.json (stop 36; the round's second writer had not finished: that part is test24),
  // committed before any detector ran on it (1efe588) and scored once in stop 36 with the rules tuned on test21 and
  // test22 and the minor model trained up to test21 (84ab45c): unlawful 0.955 / 0.875 (21 of 24), political 0.947 /
  // 0.947, needsReply 0.905 / 0.912, anyPersonalData 0.922 / 0.817, minor 0.979 / 0.754 (46 of 61), sensitive 0.960 /
  // 0.632. With the rules alone: unlawful 1.000 / 0.708, needsReply 0.898 / 0.912, anyPersonalData 0.907 / 0.765, minor
  // 0.976 / 0.656. The floors below are what the stop-37 round reached on it, rounded down: a regression guard.
  test23: {
    unlawful: [0.96, 1],
    political: [1, 1],
    needsReply: [0.94, 0.96],
    anyPersonalData: [0.97, 0.91],
    minor: [0.98, 0.81],
    sensitive: [0.97, 0.94],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [0.87, 1],
  },
  // Tuned on since stop 37. test23's second writer's part, briefed with test23's brief (only the corpus README and
  // politicians.json), finished after test23 was committed; committed as a set of its own before any detector ran on
  // it (2e71e18) and scored once in stop 37 with the code stop 36 ended with (88e5047): unlawful 0.933 / 1.000,
  // political 0.900 / 1.000, needsReply 0.930 / 0.968, anyPersonalData 0.942 / 0.882, minor 1.000 / 0.875 (63 of 72),
  // sensitive 0.962 / 0.781. With the rules alone: unlawful 0.895 / 0.607, needsReply 0.923 / 0.968, anyPersonalData
  // 0.939 / 0.845, minor 1.000 / 0.806. The floors below are what the stop-37 round reached on it, rounded down.
  test24: {
    unlawful: [1, 1],
    political: [0.94, 1],
    needsReply: [0.93, 1],
    anyPersonalData: [0.99, 0.97],
    minor: [1, 0.97],
    sensitive: [0.96, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 36's second round (its misses read after its first score). Written 2026-12-05 by two writers
  // who read only the corpus README and politicians.json (stop 36), committed before any detector ran on it (76b4a75) and scored once in stop 36 with the rules tuned on test21 and
  // the models trained up to test18 (2ebaf7a): unlawful 0.818 / 0.900, political 0.971 / 1.000, needsReply 0.922 /
  // 0.948, anyPersonalData 0.962 / 0.862, minor 1.000 / 0.739 (82 of 111), sensitive 0.940 / 0.770. With the rules alone: unlawful
  // 0.875 / 0.700, needsReply 0.912 / 0.948, anyPersonalData 0.960 / 0.828, minor 1.000 / 0.658. With the rules and
  // models stop 36 started with (273b486): needsReply 0.922 / 0.944, anyPersonalData 0.961 / 0.852, minor 1.000 /
  // 0.730, sensitive 0.939 / 0.754, the rest the same.
  // Its first score (the honest figure for 2ebaf7a) is in the comment above; the floors below are what the rules and
  // models reach after the stop-36 round tuned on it (1a7bb97, c3d6596), rounded down: a regression guard.
  test22: {
    unlawful: [0.89, 1],
    political: [0.97, 1],
    needsReply: [0.94, 0.97],
    // Lowered in stop 46 from 0.93 and 0.84: the minor model, now trained on every tuning set but this one, reads a child
    // named only as one's own beside a school as the labelling rule does (not a minor); this set's second writer did not.
    anyPersonalData: [0.97, 0.92],
    minor: [1, 0.81],
    sensitive: [0.98, 0.93],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [0.88, 1],
    email: [0.84, 1],
    address: [0.82, 1],
  },

  // Tuned on since stop 36 (its misses read after test21's first score). Written 2026-12-05 by two writers who read only the corpus README and politicians.json (stop 35),
  // committed before any detector ran on it (594b55f, b7502fd) and scored once in stop 35 with the rules tuned on
  // test19 and test20 and the models trained up to test18 (6b5226a). With the rules
  // alone: unlawful 0.917 / 0.702, needsReply 0.937 / 0.949, anyPersonalData 0.965 / 0.918, minor 0.988 / 0.825. With
  // the rules and models stop 35 started with (9fcefd3): needsReply 0.948 / 0.940, minor 0.989 / 0.883, the rest the same.
  // Its first score (the honest figure for 6b5226a): unlawful 0.900 / 0.957, political 1.000 / 0.970, needsReply
  // 0.948 / 0.944, anyPersonalData 0.966 / 0.947, minor 0.989 / 0.893 (92 of 103), sensitive 0.955 / 0.889. The floors
  // below are what the rules reach after the stop-36 round tuned on it (2ebaf7a), rounded down: a regression guard.
  test21: {
    unlawful: [0.9, 1],
    political: [1, 1],
    needsReply: [0.97, 0.97],
    anyPersonalData: [0.98, 1],
    minor: [1, 1],
    sensitive: [1, 0.97],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [0.88, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 35 (its misses read after its first score). Written 2026-12-05 by two writers who read only the corpus README and politicians.json (stop 34),
  // committed before any detector ran on it (e480b7e) and scored once in stop 35 with the rules and models stop 34
  // ended with (tuned on test18): the floors are that first score. With the rules alone: unlawful 0.900 / 0.643,
  // needsReply 0.918 / 0.952, anyPersonalData 0.978 / 0.895, minor 0.982 / 0.857. With the rules and models stop 34
  // started with (87b13bc, before the test18 round): anyPersonalData 0.979 / 0.921, minor 0.983 / 0.937, the rest
  // the same: the test18 round lost one of test20's children, as it lost one of test19's.
  test20: {
    unlawful: [0.88, 0.92], // target: recall met (0.929, 39 of 42), precision 0.886 < 0.90 not met (5 false alarms)
    political: [0.98, 0.8], // target: precision met (0.981), recall 0.803 < 0.90 not met (53 of 66)
    needsReply: [0.93, 0.95], // target met (0.937 / 0.952)
    anyPersonalData: [0.97, 0.91], // target: precision met (0.979), recall 0.914 < 0.92 not met (139 of 152)
    minor: [0.98, 0.92], // target met (0.983 / 0.921, 58 of 63)
    sensitive: [0.95, 0.82],
    personnummer: [1, 1], // target met
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [0.9, 1],
    address: [0.9, 1],
  },
  // Tuned on since stop 35 (its misses read after test20's first score). Written 2026-12-04 by the second writer of stop 33's third round (who read only the corpus README and
  // politicians.json) and finished after test18 was committed; committed as test19 before any detector ran on it
  // (87b13bc) and scored once in stop 34 with the rules and models tuned on test18 (3bc98df): the floors are that
  // first score. With the rules alone: unlawful 0.923 / 0.632, needsReply 0.863 / 0.863, anyPersonalData 0.925 /
  // 0.827, minor 1 / 0.677. With the rules and models stop 34 started with (87b13bc): unlawful 0.900 / 0.947,
  // needsReply 0.887 / 0.863, anyPersonalData 0.929 / 0.875, minor 1 / 0.758 (rules alone 0.694): this round's
  // rules, written from test18, lost one of test19's children. Afterwards a fault was found in one of them by
  // reasoning, not by reading test19: its new exception for children in general ("barn som är 12 år") also dropped
  // a child with an owner ("vårt barn är sju"); mended with tests in other words. test19 was not scored again
  // while it was held out; its floors are that first score.
  test19: {
    unlawful: [0.9, 0.94], // target met (0.900 / 0.947: 18 of 19, 2 false alarms)
    political: [1, 1], // target met
    needsReply: [0.88, 0.86], // target not met (0.887 / 0.863)
    anyPersonalData: [0.92, 0.86], // target: precision met (0.928), recall 0.865 < 0.92 not met
    minor: [1, 0.74], // target recall ≥ 0.90: not met (0.742, 46 of 62)
    sensitive: [0.93, 0.73],
    personnummer: [1, 1], // target met
    bankAccount: [0.75, 1],
    phone: [0.75, 1],
    email: [0.83, 1],
    address: [0.85, 1],
  },
  // Tuned on since stop 34 (its misses read, the rules generalised from them, the word models trained on it). Written
  // 2026-12-04 (stop 33, third round) by one writer who read only the corpus README (the round's second writer had not
  // finished), committed before any detector ran on it (fed9025), scored once with stop 33's final rules and models:
  // the floors below are that first score (with the rules alone unlawful 0.833 / 0.667, anyPersonalData 0.984 /
  // 0.805, minor 1 / 0.618; with the rules and models stop 33 started with unlawful 0.647 / 0.733, anyPersonalData
  // 0.968 / 0.779, minor 1 / 0.618, sensitive 0.958 / 0.719).
  test18: {
    unlawful: [0.75, 0.8], // target not met (0.750 / 0.800: 12 of 15, 4 false alarms)
    political: [1, 1], // target met
    needsReply: [0.83, 0.95], // target: recall met (0.954), precision 0.838 < 0.90 not met
    anyPersonalData: [0.98, 0.81], // target: precision met (0.984), recall 0.818 < 0.92 not met
    minor: [1, 0.67], // target recall ≥ 0.90: not met (0.676, 23 of 34)
    sensitive: [1, 0.78],
    personnummer: [1, 1], // target met
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [0.66, 1],
    address: [1, 1],
  },
  // Tuned on since its one score in stop 33's second round (written blind, committed before any detector ran on it,
  // bc990b7; with the rules alone unlawful 0.892 / 0.868, needsReply 0.886 / 0.950, anyPersonalData 0.934 / 0.800,
  // minor 0.966 / 0.620; with the rules and models stop 33 started with unlawful 0.884 / 1.000, anyPersonalData
  // 0.941 / 0.800, minor 0.951 / 0.630). In the third round its misses were read, the rules generalised from them
  // and the word models trained on it; the floors below are its first score.
  test17: {
    unlawful: [0.86, 1], // target: recall met (1.000), precision 0.864 < 0.90 not met
    political: [1, 1], // target met
    needsReply: [0.91, 0.94], // target met (0.910 / 0.950)
    anyPersonalData: [0.94, 0.85], // target: precision met (0.944), recall 0.850 < 0.92 not met
    minor: [0.96, 0.78], // target recall ≥ 0.90: not met (0.783, 72 of 92)
    sensitive: [0.97, 0.83],
    personnummer: [1, 1], // target met
    bankAccount: [1, 0.8],
    phone: [0.94, 0.94],
    email: [0.75, 1],
    address: [0.85, 1],
  },
  // Tuned on since its one score in stop 33 (first round: written blind, committed before any detector ran on it,
  // 0e8dfcf; with the rules alone unlawful 0.969 / 0.816, anyPersonalData 0.958 / 0.855, minor 1 / 0.652; with the
  // rules and models stop 33 started with needsReply 0.912 / 0.931, anyPersonalData 0.952 / 0.874, minor 1 / 0.681).
  // Its misses were then read, the rules generalised from them and the word models trained on it; the floors below
  // are its first score.
  test16: {
    unlawful: [0.92, 1], // target met (0.927 / 1.000)
    political: [0.97, 0.97], // target met (0.975 / 0.975)
    needsReply: [0.91, 0.92], // target met (0.911 / 0.924)
    anyPersonalData: [0.95, 0.87], // target: precision met (0.959), recall 0.874 < 0.92 not met
    minor: [1, 0.71], // target recall ≥ 0.90: not met (0.710, 49 of 69)
    sensitive: [0.96, 0.89],
    personnummer: [1, 1], // target met
    bankAccount: [1, 1],
    phone: [0.94, 0.94],
    email: [0.66, 1],
    address: [1, 1],
  },
  // Tuned on since stop 33. It was held out in stop 32 and scored once then (the floors below are those first
  // scores: with the rules alone unlawful 0.974 / 0.661, minor 1 / 0.773, anyPersonalData 0.948 / 0.924); in stop 33
  // its misses were read, the rules generalised from them and the word models trained on it.
  test15: {
    unlawful: [0.98, 0.92], // target met (0.981 / 0.929)
    political: [0.96, 0.96], // target met (0.962 / 0.962)
    needsReply: [0.95, 0.97], // target met
    anyPersonalData: [0.93, 0.94], // target met (0.934 / 0.950, i.e. 113 of 119)
    minor: [0.94, 0.84], // target recall ≥ 0.90: not met (0.841)
    sensitive: [0.92, 0.92],
    personnummer: [1, 1], // target met
    bankAccount: [1, 1],
    phone: [0.82, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on since stop 32. It was held out in stop 31 and scored once then: unlawful 0.977 / 0.955,
  // anyPersonalData 0.913 / 0.927, minor 1 / 0.900 (the floors below are those first scores); in stop 32 its misses
  // were read and the rules generalised from them, and the word models were trained on it.
  test14: {
    unlawful: [0.97, 0.95], // target met (0.977 / 0.955)
    political: [1, 1], // target met
    needsReply: [0.96, 0.97], // target met
    anyPersonalData: [0.91, 0.92], // target: recall met (0.927), precision 0.913 < 0.92 not met
    minor: [1, 0.9], // target met (0.900)
    sensitive: [0.9, 0.86],
    personnummer: [1, 0.95], // target met
    bankAccount: [0.87, 0.7],
    phone: [0.76, 0.92],
    email: [0.9, 1],
    address: [0.92, 1],
  },
  // Tuned on: regression floors.
  dev: {
    unlawful: [1, 1],
    political: [0.98, 1],
    needsReply: [0.96, 0.98],
    // Lowered in stop 53: a street address after a spot ("en död fågel utanför Bohusgatan 22") is no longer reported when nothing ties it to a home; this set's writer labelled it an address, later writers did not.
    anyPersonalData: [0.97, 0.97],
    minor: [1, 1],
    sensitive: [0.96, 0.96],
    personnummer: [1, 1],
    bankAccount: [1, 0.8],
    phone: [1, 1],
    email: [1, 1],
    // Lowered in stop 53: a street address after a spot ("en död fågel utanför Bohusgatan 22") is no longer reported when nothing ties it to a home; this set's writer labelled it an address, later writers did not.
    address: [0.85, 0.83],
  },
  test2: {
    unlawful: [1, 1],
    political: [0.86, 1],
    // Two ultimatums/complaints its writer labelled as no request now ask the office, as test7 … test10 label them.
    needsReply: [0.9, 0.97],
    // Stop 45: "Finns det stöd för anhöriga till missbrukare …? Min syster dricker." was found by "missbrukare", a noun that
    // names no one there; the sister's drinking itself is not read (test64's generic "alla missbrukare" led to the change).
    anyPersonalData: [1, 0.97],
    minor: [1, 1],
    sensitive: [1, 0.94],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test3: {
    unlawful: [1, 1],
    // 0.9 until stop 35: test3's writer labelled questions about "nämnden" (the district council) not political,
    // every later writer political; the council's names were added to the political words from test20 (0.853 / 0.879).
    political: [0.85, 0.87],
    needsReply: [0.78, 0.91],
    // Lowered in stop 53: a street address after a spot ("en död fågel utanför Bohusgatan 22") is no longer reported when nothing ties it to a home; this set's writer labelled it an address, later writers did not.
    anyPersonalData: [0.94, 0.96],
    minor: [0.85, 1],
    sensitive: [0.81, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    // Lowered in stop 53: a street address after a spot ("en död fågel utanför Bohusgatan 22") is no longer reported when nothing ties it to a home; this set's writer labelled it an address, later writers did not.
    address: [1, 0.8],
  },
  test4: {
    unlawful: [1, 0.98],
    political: [1, 0.98],
    needsReply: [0.94, 0.96],
    anyPersonalData: [0.98, 1],
    minor: [1, 1],
    sensitive: [0.96, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test5: {
    unlawful: [0.98, 1],
    political: [1, 1],
    needsReply: [0.92, 1],
    anyPersonalData: [0.98, 1],
    minor: [1, 1],
    sensitive: [1, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [0.8, 1],
    address: [1, 1],
  },
  test6: {
    unlawful: [1, 1],
    political: [1, 1],
    needsReply: [0.95, 0.96],
    anyPersonalData: [0.96, 0.98],
    minor: [1, 1],
    sensitive: [0.96, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [0.91, 1],
    email: [1, 1],
    address: [0.88, 0.88],
  },
  test7: {
    unlawful: [1, 0.98],
    political: [1, 1],
    needsReply: [0.97, 0.96],
    anyPersonalData: [0.98, 0.98],
    minor: [1, 0.95],
    sensitive: [1, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [0.9, 1],
    email: [1, 1],
    address: [1, 1],
  },
  test8: {
    unlawful: [1, 1],
    political: [1, 1],
    needsReply: [0.96, 0.97],
    anyPersonalData: [0.98, 0.98],
    minor: [0.95, 1],
    sensitive: [1, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 0.91],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on after its first score (unlawful 0.980 / 0.681, tests/checks/corpus/README.md).
  test9: {
    unlawful: [0.98, 1],
    political: [1, 1],
    needsReply: [1, 1],
    anyPersonalData: [0.98, 1],
    minor: [1, 1],
    sensitive: [0.95, 1],
    personnummer: [1, 1],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on after its first score (unlawful 0.980 / 0.685, tests/checks/corpus/README.md).
  test10: {
    unlawful: [1, 1],
    political: [1, 1],
    needsReply: [0.97, 0.98],
    anyPersonalData: [1, 0.99],
    minor: [1, 1],
    sensitive: [1, 0.96],
    personnummer: [1, 0.93],
    bankAccount: [1, 1],
    phone: [1, 1],
    email: [1, 1],
    address: [1, 1],
  },
  // Tuned on after its first score (unlawful 0.940 / 0.653, tests/checks/corpus/README.md).
  test11: {
    unlawful: [1, 1],
    political: [0.97, 0.97],
    needsReply: [0.95, 0.97],
    anyPersonalData: [0.98, 0.94],
    // Precision 1 until stop 35: "min son … sin plats på särskolan" is labelled not a minor here; the rule for one's
    // own child and a school place, from test20 ("min son plats på Björkskolan", labelled a minor), flags it.
    minor: [0.96, 0.88],
    sensitive: [0.94, 0.97],
    personnummer: [1, 0.96],
    bankAccount: [1, 0.8],
    phone: [0.92, 0.86],
    email: [1, 0.87],
    address: [1, 1],
  },
  // Held out in stop 30 (first score unlawful 0.971 / 0.872, anyPersonalData 0.954 / 0.847, minor 0.969 / 0.861);
  // then the rules were tuned and the word models trained on it.
  test13: {
    unlawful: [0.97, 0.98],
    political: [1, 0.97],
    needsReply: [0.95, 0.93],
    anyPersonalData: [0.97, 0.98],
    minor: [1, 1],
    sensitive: [0.93, 1],
    personnummer: [1, 1],
    bankAccount: [0.75, 0.75],
    phone: [1, 0.92],
    email: [1, 1],
    address: [1, 0.92],
  },
  // Held out in stop 29 (first score unlawful 0.942 / 0.653); then the word models were trained on it.
  test12: {
    unlawful: [0.96, 1],
    political: [0.96, 0.91],
    needsReply: [0.92, 0.97],
    anyPersonalData: [0.95, 0.93],
    minor: [0.93, 1],
    sensitive: [0.93, 0.74],
    personnummer: [0.94, 1],
    bankAccount: [0.83, 1],
    phone: [1, 1],
    email: [1, 0.77],
    // Lowered in stop 53: a street address after a spot ("en död fågel utanför Bohusgatan 22") is no longer reported when nothing ties it to a home; this set's writer labelled it an address, later writers did not.
    address: [1, 0.86],
  },
};

const splits = Object.keys(FLOORS) as (keyof typeof FLOORS)[];
const items = Object.fromEntries(splits.map((split) => [split, readSplit(split)])) as Record<Split, ReturnType<typeof readSplit>>;

describe('issue-13 corpus', () => {
  it('is the corpus the README describes: at least 600 comments in dev and test, no text twice across splits', () => {
    expect(items.dev.length + items.test.length).toBeGreaterThanOrEqual(600);
    expect(items.test.length / (items.dev.length + items.test.length)).toBeCloseTo(0.4, 1);
    const all = splits.flatMap((split) => items[split]);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.text)).size).toBe(all.length);
    expect(items.test14.length).toBeGreaterThanOrEqual(250);
    expect(items.test15.length).toBeGreaterThanOrEqual(250);
    expect(items.test16.length).toBeGreaterThanOrEqual(250);
    expect(items.test17.length).toBeGreaterThanOrEqual(250);
    expect(items.test18.length).toBeGreaterThanOrEqual(200);
    expect(items.test19.length).toBeGreaterThanOrEqual(200);
    expect(items.test20.length).toBeGreaterThanOrEqual(400);
    expect(items.test21.length).toBeGreaterThanOrEqual(500);
    expect(items.test22.length).toBeGreaterThanOrEqual(600);
    expect(items.test23.length).toBeGreaterThanOrEqual(300);
    expect(items.test24.length).toBeGreaterThanOrEqual(340);
    expect(items.test25.length).toBeGreaterThanOrEqual(350);
    expect(items.test26.length).toBeGreaterThanOrEqual(320);
    expect(items.test27.length).toBeGreaterThanOrEqual(350);
    expect(items.test28.length).toBeGreaterThanOrEqual(330);
    expect(items.test29.length).toBeGreaterThanOrEqual(370);
    expect(items.test30.length).toBeGreaterThanOrEqual(340);
    expect(items.test31.length).toBeGreaterThanOrEqual(350);
    expect(items.test32.length).toBeGreaterThanOrEqual(350);
    expect(items.test33.length).toBeGreaterThanOrEqual(360);
    expect(items.test34.length).toBeGreaterThanOrEqual(350);
    expect(items.test35.length).toBeGreaterThanOrEqual(370);
    expect(items.test36.length).toBeGreaterThanOrEqual(360);
    expect(items.test37.length).toBeGreaterThanOrEqual(360);
    expect(items.test38.length).toBeGreaterThanOrEqual(340);
  });

  describe.each(splits)('%s split', (split) => {
    const scores = scoreSplit(items[split]);
    it('has positives for the main kinds, so precision and recall are not 1 by default', () => {
      for (const kind of ['unlawful', 'political', 'needsReply', 'anyPersonalData', 'minor', 'sensitive', 'personnummer'] as LabelKind[]) {
        expect(scores[kind].tp + scores[kind].fn, kind).toBeGreaterThan(3);
      }
    });
    it.each(Object.entries(FLOORS[split]))('%s reaches its precision and recall floors', (kind, [precision, recall]) => {
      const s = scores[kind as LabelKind];
      // The whole score is in the message when a floor is missed, false positives and negatives by id.
      expect({ ...s, kind, precisionReached: s.precision >= precision, recallReached: s.recall >= recall }).toMatchObject({
        precisionReached: true,
        recallReached: true,
      });
    });
  });
});
