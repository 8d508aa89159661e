#!/usr/bin/env python3
"""Exports the offensive-language model that ships inside the PyPI package `alt-profanity-check` (MIT licence) to
Sources/Standards/Data/offensive-words.tsv, so the Swift engine can score text with it at run time without Python.

The package holds a scikit-learn TfidfVectorizer (word unigrams, English stop words, l2 norm) and a
CalibratedClassifierCV of five LinearSVC models with sigmoid calibration. The file keeps, per vocabulary word, its idf
and the five coefficients; the header keeps the five intercepts and calibration pairs (a, b):
    P(offensive) = mean_k 1 / (1 + exp(a_k * (w_k . x + c_k) + b_k)),  x = l2-normalised tf-idf of the text.

Run inside the venv of bench/standards/README.md:  .venv-standards/bin/python bench/standards/model/export_profanity_check.py
"""
import os, sys
import joblib
import profanity_check

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "Sources", "Standards", "Data", "offensive-words.tsv")


def main():
    data = os.path.join(os.path.dirname(profanity_check.__file__), "data")
    vectorizer = joblib.load(os.path.join(data, "vectorizer.joblib"))
    model = joblib.load(os.path.join(data, "model.joblib"))
    folds = model.calibrated_classifiers_
    coefs = [c.estimator.coef_[0] for c in folds]
    lines = ["# offensive-language model of alt-profanity-check (MIT), exported by bench/standards/model/export_profanity_check.py",
             "# folds\t" + "\t".join(f"{c.estimator.intercept_[0]:.6f},{c.calibrators[0].a_:.6f},{c.calibrators[0].b_:.6f}" for c in folds)]
    for word, index in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1]):
        idf = vectorizer.idf_[index]
        lines.append(word + "\t" + f"{idf:.4f}" + "\t" + "\t".join(f"{c[index]:.4f}" for c in coefs))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # A few reference scores, checked by the Swift tests.
    for text in ["you are a stupid idiot", "thank you for the article", "go to hell you piece of garbage"]:
        print(f"{model.predict_proba(vectorizer.transform([text]))[0][1]:.4f}\t{text}")
    print(f"{len(vectorizer.vocabulary_)} words -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
