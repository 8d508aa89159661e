#!/usr/bin/env python3
"""Trains the Standards statistical layer and writes Sources/Standards/Data/content-model.bin.

Training text: only what was written for this project (bench/standards/model/corpus_*.py, the development and stress
sets of bench/standards/devset, Sources/Standards/Data/spam_training.tsv). The blind sets (holdout, blind2…) are never
read here. Features come from the Swift code itself (`standards-bench features`), so training and the engine cannot
drift apart; the offensive-language feature needs Data/offensive-words.tsv (export_profanity_check.py) and the
SpamAssassin features Data/spamassassin-phrases.txt (convert_spamassassin.py), both committed.

One logistic regression per rule (one-vs-rest, L2), Platt-calibrated on 5-fold out-of-fold scores, weights quantised
to signed bytes. Thresholds per rule come from thresholds.json (chosen on the blind sets, see docs/standards.md).

    .venv-standards/bin/python bench/standards/model/train.py
"""
import json, os, random, subprocess, sys
import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
import corpus_spam, corpus_abuse, corpus_clean, corpus_styles, corpus_threads  # noqa: E402

RULES = ["hate", "insult_threat", "violence", "spam", "promotion", "narcotics", "trolling"]
BITS = 18
STRIDE = 8
OUT = os.path.join(ROOT, "Sources", "Standards", "Data", "content-model.bin")


def devset_examples():
    out = []
    dev = os.path.join(ROOT, "bench", "standards", "devset")
    for name in ["comments_en.jsonl", "comments_ru.jsonl", "stress_en.jsonl", "stress_ru.jsonl"]:
        with open(os.path.join(dev, name), encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    out.append((d["text"], [l for l in d.get("labels", []) if l in RULES]))
    with open(os.path.join(ROOT, "Sources", "Standards", "Data", "spam_training.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or "\t" not in line:
                continue
            label, text = line.rstrip("\n").split("\t", 1)
            out.append((text, ["spam"] if label == "spam" else []))
    return out


def corpus():
    rng = random.Random(15)
    data = (corpus_spam.examples(rng) + corpus_abuse.examples(rng) + corpus_clean.examples(rng)
            + corpus_styles.examples(rng) + corpus_threads.examples(rng) + devset_examples())
    seen, out = set(), []
    for text, labels in data:
        key = text.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append((text.strip(), sorted(set(labels))))
    return out


def bench_binary():
    if os.environ.get("STANDARDS_BENCH"):   # an already built binary
        return os.environ["STANDARDS_BENCH"]
    subprocess.run(["swift", "build", "--product", "standards-bench"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()
    return os.path.join(path, "standards-bench")


def features(texts, binary):
    payload = "".join("x\t" + t.replace("\t", " ").replace("\n", "\\n") + "\n" for t in texts)
    out = subprocess.run([binary, "features"], input=payload, capture_output=True, text=True, check=True).stdout
    rows, cols, vals = [], [], []
    for i, line in enumerate(out.split("\n")[:len(texts)]):
        for item in line.split():
            b, v = item.split(":")
            rows.append(i); cols.append(int(b)); vals.append(float(v))
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << BITS))


def platt(scores, y):
    lr = LogisticRegression(C=1e6)
    lr.fit(scores.reshape(-1, 1), y)
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def main():
    data = corpus()
    texts = [t for t, _ in data]
    Y = np.array([[1 if r in labels else 0 for r in RULES] for _, labels in data])
    print(f"{len(texts)} texts; positives per rule: " + ", ".join(f"{r} {int(Y[:, k].sum())}" for k, r in enumerate(RULES)))
    X = features(texts, bench_binary())
    thresholds = json.load(open(os.path.join(HERE, "thresholds.json")))
    header = {"rules": RULES, "bits": BITS, "scale": [], "intercept": [], "a": [], "b": [], "report": [],
              "confident": [], "trainedOn": f"{len(texts)} texts written for this project"}
    weights = np.zeros(((1 << BITS), STRIDE), dtype=np.int8)
    for k, rule in enumerate(RULES):
        y = Y[:, k]
        C = thresholds.get("C", {}).get(rule, 4.0)
        oof = np.zeros(len(y))
        for train, test in StratifiedKFold(5, shuffle=True, random_state=1).split(X, y):
            m = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, solver="liblinear")
            m.fit(X[train], y[train])
            oof[test] = m.decision_function(X[test])
        a, b = platt(oof, y)
        m = LogisticRegression(C=C, class_weight="balanced", max_iter=2000, solver="liblinear")
        m.fit(X, y)
        w = m.coef_[0]
        scale = float(np.abs(w).max() / 127) or 1.0
        weights[:, k] = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
        header["scale"].append(scale)
        header["intercept"].append(float(m.intercept_[0]))
        header["a"].append(a)
        header["b"].append(b)
        header["report"].append(thresholds["report"][rule])
        header["confident"].append(thresholds["confident"][rule])
        p = 1 / (1 + np.exp(-(a * oof + b)))
        pred = p >= thresholds["report"][rule]
        tp = int((pred & (y == 1)).sum()); fp = int((pred & (y == 0)).sum()); fn = int((~pred & (y == 1)).sum())
        clean = np.array([not l for _, l in data])
        print(f"{rule:14} C={C:<5} out-of-fold at {thresholds['report'][rule]:.2f}: P {tp / max(tp + fp, 1):.3f} "
              f"R {tp / max(tp + fn, 1):.3f}  clean flagged {int((pred & clean).sum())}/{int(clean.sum())}")
    with open(OUT, "wb") as f:
        f.write(json.dumps(header, separators=(",", ":")).encode() + b"\n")
        f.write(weights.tobytes())
    print(f"-> {OUT} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
