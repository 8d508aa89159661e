#!/usr/bin/env python3
"""Scores the Standards engine's verdicts against a labelled set (stdlib only).

Usage:
    newsdesk standards check --articles bench/standards/devset/articles.jsonl \\
        < bench/standards/devset/comments_en.jsonl > /tmp/verdicts_en.jsonl
    newsdesk standards check --language ru --articles bench/standards/devset/articles.jsonl \\
        < bench/standards/devset/comments_ru.jsonl > /tmp/verdicts_ru.jsonl
    python3 bench/standards/evaluate.py bench/standards/devset/comments_en.jsonl /tmp/verdicts_en.jsonl \\
        bench/standards/devset/comments_ru.jsonl /tmp/verdicts_ru.jsonl

Arguments come in pairs: GOLD.jsonl (comments with a "labels" list) and VERDICTS.jsonl (the command's output).
Prints per-rule precision, recall and F1, the share of clean comments (no gold label) that were held or rejected,
and macro F1 over the rules that have gold examples. `--errors` lists every disagreement.
"""
import json, sys

RULES = ["off_topic", "hate", "minors", "extremism", "insult_threat", "disrespect_outlet", "personal_data", "violence",
         "suicide", "commercial_links", "promotion", "profanity", "spam", "narcotics", "malware_links", "flash_mob",
         "flood", "trolling", "caps", "no_sentences", "foreign_language"]
REJECT = {"personal_data", "profanity", "spam", "malware_links", "caps", "no_sentences", "foreign_language"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv):
    show_errors = "--errors" in argv
    args = [a for a in argv if a != "--errors"]
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    tp = {r: 0 for r in RULES}; fp = dict(tp); fn = dict(tp)
    clean = clean_flagged = 0
    errors = []
    for gold_path, verdict_path in zip(args[::2], args[1::2]):
        gold = load(gold_path)
        verdicts = {str(v["id"]): v for v in load(verdict_path)}
        for g in gold:
            v = verdicts.get(str(g["id"]))
            if v is None:
                sys.exit(f"{verdict_path}: no verdict for comment {g['id']}")
            want, got = set(g.get("labels", [])), set(v.get("labels", []))
            for r in RULES:
                if r in want and r in got: tp[r] += 1
                elif r in got: fp[r] += 1
                elif r in want: fn[r] += 1
            if not want:
                clean += 1
                if v.get("action") != "publish": clean_flagged += 1
            if want != got:
                errors.append((g["id"], sorted(want), sorted(got), g["text"][:110]))
    print(f"{'rule':<18} {'action':<7} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}")
    f1s = []
    for r in RULES:
        gold_n = tp[r] + fn[r]
        p = tp[r] / (tp[r] + fp[r]) if tp[r] + fp[r] else (1.0 if gold_n == 0 else 0.0)
        rec = tp[r] / gold_n if gold_n else float("nan")
        f1 = 2 * p * rec / (p + rec) if gold_n and p + rec else (0.0 if gold_n else float("nan"))
        if gold_n: f1s.append(f1)
        mark = "reject" if r in REJECT else "hold"
        print(f"{r:<18} {mark:<7} {gold_n:>5} {p:>6.3f} {rec:>6.3f} {f1:>6.3f}" + ("" if tp[r] + fp[r] or gold_n else "  (no examples)"))
    print(f"clean comments: {clean}, wrongly held or rejected: {clean_flagged} ({100 * clean_flagged / max(clean, 1):.1f}%)")
    print(f"macro F1 over {len(f1s)} rules with gold examples: {sum(f1s) / max(len(f1s), 1):.3f}")
    if show_errors:
        for e in errors:
            print("ERR", e[0], "want", e[1], "got", e[2], "|", e[3])


if __name__ == "__main__":
    main(sys.argv[1:])
