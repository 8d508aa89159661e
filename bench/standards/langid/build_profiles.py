#!/usr/bin/env python3
"""Build the character-trigram language profiles used by Standards' language identifier.

Source text: the gettext message catalogues (.mo) that Debian packages install under
/usr/share/locale/<lang>/LC_MESSAGES/. Translations give the text of each language; the
msgids (the English originals) give English. Every catalogue's Debian package and licence
is written to PROVENANCE.tsv beside the output, so the data can be traced and rebuilt:

    apt-get update && apt-get install -y <packages listed in PROVENANCE.tsv>
    python3 bench/standards/langid/build_profiles.py

Output: Sources/Standards/Data/langprofiles.tsv, one line per language:
    lang <TAB> total-trigrams <TAB> trigram=count <TAB> trigram=count ...
(only the TOP most frequent trigrams per language; spaces inside trigrams are written '_').
Stdlib only.
"""
import gettext, os, re, subprocess, sys, unicodedata, collections

ROOT = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(ROOT, "..", "..", ".."))
OUT = os.path.join(REPO, "Sources", "Standards", "Data", "langprofiles.tsv")
PROV = os.path.join(ROOT, "PROVENANCE.tsv")
LOCALE = "/usr/share/locale"
TOP = 3000
# edition language -> locale folders whose translations feed it
LANGS = {
    "ru": ["ru"], "uk": ["uk"], "be": ["be"], "bg": ["bg"], "sr": ["sr"],
    "es": ["es"], "ca": ["ca"], "de": ["de"], "nl": ["nl"], "fr": ["fr"], "it": ["it"],
    "pt": ["pt", "pt_BR"], "pl": ["pl"], "cs": ["cs"], "sk": ["sk"], "sv": ["sv"],
    "da": ["da"], "nb": ["nb"], "fi": ["fi"], "hu": ["hu"], "ro": ["ro"], "tr": ["tr"],
    "ar": ["ar"], "fa": ["fa"], "he": ["he"], "zh": ["zh_CN", "zh_TW"], "ja": ["ja"],
    "ko": ["ko"], "el": ["el"], "vi": ["vi"], "id": ["id"], "hr": ["hr"], "lt": ["lt"],
}
FORMAT = re.compile(r"%[-#0 +'I]*\d*(?:\.\d+)?[hlLqjzt]*[a-zA-Z%]|%\d+\$[a-z]|\{[^}]*\}|<[^>]+>|&[a-z]+;|https?://\S+|\\[nt]|_(?=\w)")


def clean(s):
    s = FORMAT.sub(" ", s)
    return s


def norm(s):
    """The same normalisation the Swift side applies: lowercase letters (ё as е), everything else a space."""
    out = []
    for ch in s.lower().replace("ё", "е"):
        cat = unicodedata.category(ch)
        out.append(ch if cat[0] == "L" or cat in ("Mn", "Mc") else " ")
    return " " + " ".join("".join(out).split()) + " "


def catalogues(folder):
    d = os.path.join(LOCALE, folder, "LC_MESSAGES")
    if not os.path.isdir(d):
        return []
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".mo"))


def read_mo(path):
    try:
        with open(path, "rb") as f:
            t = gettext.GNUTranslations(f)
    except Exception:
        return []
    pairs = []
    for k, v in t._catalog.items():
        if isinstance(k, tuple):
            k = k[0]
        if not k or not v:
            continue
        pairs.append((k, v))
    return pairs


def is_prose(s):
    return len(s.split()) >= 2 and sum(c.isalpha() for c in s) >= 8


def package_of(path):
    try:
        out = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout
        return out.split(":")[0].strip() or "?"
    except Exception:
        return "?"


def licence_of(pkg):
    p = f"/usr/share/doc/{pkg}/copyright"
    try:
        with open(p, errors="replace") as f:
            for line in f:
                if line.startswith("License:"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "see /usr/share/doc/%s/copyright" % pkg


def trigrams(text, counter):
    t = norm(text)
    for i in range(len(t) - 2):
        g = t[i:i + 3]
        if g != "   ":
            counter[g] += 1


def main():
    counts = {lang: collections.Counter() for lang in list(LANGS) + ["en"]}
    used = collections.defaultdict(set)
    seen_en = set()
    for lang, folders in LANGS.items():
        seen = set()
        for folder in folders:
            for mo in catalogues(folder):
                pairs = read_mo(mo)
                if not pairs:
                    continue
                used[mo].add(lang)
                for k, v in pairs:
                    v = clean(v.split("\x00")[0])
                    if is_prose(v) and v not in seen:
                        seen.add(v)
                        trigrams(v, counts[lang])
                    k = clean(k)
                    if is_prose(k) and k not in seen_en:
                        seen_en.add(k)
                        trigrams(k, counts["en"])
    with open(OUT, "w", encoding="utf-8") as out:
        for lang in sorted(counts):
            c = counts[lang]
            total = sum(c.values())
            if total < 20000:
                print(f"skip {lang}: only {total} trigrams", file=sys.stderr)
                continue
            top = c.most_common(TOP)
            cells = [f"{g.replace(' ', '_')}={n}" for g, n in top]
            out.write(lang + "\t" + str(total) + "\t" + "\t".join(cells) + "\n")
            print(f"{lang}: {total} trigrams, kept {len(top)}", file=sys.stderr)
    pkgs = collections.defaultdict(set)
    for mo, langs in used.items():
        pkgs[package_of(mo)].add(os.path.basename(mo))
    with open(PROV, "w", encoding="utf-8") as out:
        out.write("debian_package\tlicence (first License: field of its copyright file)\tcatalogues\n")
        for pkg in sorted(pkgs):
            out.write(f"{pkg}\t{licence_of(pkg)}\t{' '.join(sorted(pkgs[pkg]))}\n")


if __name__ == "__main__":
    main()
