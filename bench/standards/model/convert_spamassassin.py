#!/usr/bin/env python3
"""Turns the body rules of Debian's `spamassassin` package (Apache-2.0) into phrase patterns for the Standards engine:
Sources/Standards/Data/spamassassin-phrases.txt. Each rule whose regular expression is only words, spaces,
alternatives, optional parts, number runs and short gaps becomes one or more `PhraseMatcher` lines; the rest (look-
arounds, fuzzy <inter> rules, character classes of symbols, eval: rules) are skipped. The weight column is the rule's
feature number, so the statistical layer learns how much each rule says; the rule names are kept in comments.

    apt-get install spamassassin && python3 bench/standards/model/convert_spamassassin.py
"""
import glob, os, re, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "Sources", "Standards", "Data", "spamassassin-phrases.txt")
FILES = ["20_body_tests.cf", "20_drugs.cf", "20_phrases.cf", "20_advance_fee.cf", "20_porn.cf", "72_active.cf"]
GAP, NUM = "\x01", "\x02"
LIMIT = 64


class Unsupported(Exception):
    pass


def parse(rx):
    """Returns the list of strings the pattern can match (GAP for a short gap, NUM for a number)."""
    pos = 0

    def alternation():
        nonlocal pos
        options = [[""]]
        while pos < len(rx) and rx[pos] != ")":
            if rx[pos] == "|":
                pos += 1
                options.append([""])
                continue
            options[-1] = concat(options[-1], atom())
            if len(options[-1]) > LIMIT:
                raise Unsupported("too many")
        out = [s for o in options for s in o]
        if len(out) > LIMIT:
            raise Unsupported("too many")
        return out

    def concat(a, b):
        return [x + y for x in a for y in b]

    def quantified(base):
        nonlocal pos
        if pos < len(rx) and rx[pos] in "?*+{":
            q = rx[pos]
            if q == "{":
                m = re.match(r"\{(\d*),?(\d*)\}", rx[pos:])
                if not m:
                    raise Unsupported("brace")
                pos += m.end()
                lo = int(m.group(1) or 0)
                if base in ([" "], [GAP]):
                    return [GAP] if base == [GAP] else [" "]
                if lo == 0:
                    return base + [""] if base != [""] else [""]
                raise Unsupported("repeat")
            pos += 1
            if pos < len(rx) and rx[pos] in "?+":
                pos += 1   # lazy / possessive
            if q == "?":
                return base + [""]
            if base in ([" "], [GAP], [NUM]):
                return base
            if q == "+" and len(base) == 1 and len(base[0]) == 1:
                return base
            raise Unsupported("star")
        return base

    def atom():
        nonlocal pos
        c = rx[pos]
        if c == "(":
            if rx.startswith("(?:", pos):
                pos += 3
            elif rx.startswith("(?", pos):
                raise Unsupported("lookaround")
            else:
                pos += 1
            inner = alternation()
            if pos >= len(rx) or rx[pos] != ")":
                raise Unsupported("paren")
            pos += 1
            return quantified(inner)
        if c == "\\":
            e = rx[pos + 1] if pos + 1 < len(rx) else ""
            pos += 2
            if e in "sW_":
                return quantified([" "])
            if e == "b":
                return [""]
            if e == "d":
                return quantified([NUM])
            if e == "S" or e == "w":
                return quantified([GAP])
            if e in ".-$'\",:!?&/@%":
                return quantified([" " if e in "-/" else ""])
            raise Unsupported("escape " + e)
        if c == "[":
            end = rx.find("]", pos)
            if end < 0:
                raise Unsupported("class")
            body = rx[pos + 1:end]
            pos = end + 1
            if body.startswith("^"):
                return quantified([GAP])
            if re.fullmatch(r"[a-zA-Z]+", body):
                return quantified(sorted(set(body.lower())))
            if re.fullmatch(r"(?:\\s|[ \-_.,'])+", body):
                return quantified([" "])
            if body in ("0-9", r"\d"):
                return quantified([NUM])
            raise Unsupported("class " + body)
        if c == ".":
            pos += 1
            return quantified([GAP])
        if c in "^$":
            pos += 1
            return [""]
        if c in "*+?{|)":
            raise Unsupported("bare " + c)
        pos += 1
        if c.isalnum() or c == "'":
            return quantified([c.lower()])
        return quantified([" "])

    out = alternation()
    if pos != len(rx):
        raise Unsupported("trailing")
    return out


def to_pattern(s):
    s = re.sub(GAP + "+", " " + GAP + " ", s)
    s = s.replace(NUM, " " + NUM + " ")
    words = []
    for w in re.split(r"[^a-z0-9'\x01\x02]+", s):
        if not w:
            continue
        if w == GAP:
            if words and words[-1] != "~3":
                words.append("~3")
        elif w == NUM:
            words.append("#")
        else:
            words.append(w.strip("'"))
    while words and words[0] == "~3":
        words.pop(0)
    while words and words[-1] == "~3":
        words.pop()
    real = [w for w in words if w not in ("~3", "#") and w]
    if not real or sum(len(w) for w in real) < 5:
        return None
    return " ".join(w for w in words if w)


def main():
    base = "/usr/share/spamassassin"
    rules = []
    for name in FILES:
        with open(os.path.join(base, name), encoding="latin-1") as f:
            for line in f:
                m = re.match(r"^\s*body\s+(\S+)\s+(m?)([/{!])(.*)([/}!])([a-z]*)\s*$", line.rstrip("\n"))
                if not m:
                    continue
                rules.append((name, m.group(1), m.group(4)))
    lines = ["// Body rules of Debian's spamassassin package (Apache-2.0), converted by",
             "// bench/standards/model/convert_spamassassin.py. The weight is the rule's feature number, not a weight."]
    kept = 0
    for name, rule, rx in rules:
        try:
            strings = parse(rx)
        except (Unsupported, IndexError, RecursionError):
            continue
        patterns = sorted({p for p in (to_pattern(s) for s in strings) if p})
        if not patterns:
            continue
        kept += 1
        lines.append(f"// {kept} {rule} ({name})")
        for p in patterns:
            lines.append(f"spam {kept} | {p}")
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{kept} of {len(rules)} body rules -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
