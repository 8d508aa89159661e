#!/usr/bin/env python3
"""Times `newsdesk import wordpress` on a generated export: figures, never pass/fail.

    python3 bench/wp_import.py [--posts 10000] [--comments 100000] [--bin .build/debug/newsdesk]
                               [--database-url postgres://...] [--keep DIR]

Writes a WXR 1.2 file shaped like WordPress's own export (authors, categories, tags, posts with classic and block
content, shortcodes, nested comments with spam and pending ones, Russian text), imports it into a fresh data folder
(SQLite, or the PostgreSQL database given, which is emptied first) under /usr/bin/time -v, then imports it again
(the idempotent re-run), and prints wall time, CPU time and peak memory of each run.
"""
import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- generator="WordPress/6.4.3" created="2017-09-22 10:00" -->
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
\t<title>Bench Gazette</title>
\t<link>https://bench.example</link>
\t<description>Generated</description>
\t<language>en-US</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>https://bench.example</wp:base_site_url>
\t<wp:base_blog_url>https://bench.example</wp:base_blog_url>
"""

WORDS_EN = ("harbour ferry council budget school river market election port crew storm bridge museum festival "
            "tram road hospital court station library").split()
WORDS_RU = "гавань паром совет бюджет школа река рынок выборы порт экипаж шторм мост музей праздник".split()
CATEGORIES = ["News", "Politics", "Culture", "Sport", "Культура", "Business"]


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentence(rng, words, n=12):
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def content(rng, i):
    if i % 2 == 0:  # classic editor
        paras = [sentence(rng, WORDS_EN) + " <strong>" + rng.choice(WORDS_EN) + "</strong>" for _ in range(5)]
        return ("\n\n".join(paras) + '\n\n<a href="https://bench.example/?p=%d">Earlier</a>\n'
                "<ul>\n\t<li>One</li>\n\t<li>Two</li>\n</ul>\n"
                "[caption id=\"attachment_1\"]<img class=\"wp-image-1\" src=\"https://bench.example/wp-content/uploads/x.jpg\" /> "
                "A caption[/caption]\n<script>alert(1)</script>" % max(1, i - 1))
    blocks = []
    for _ in range(4):
        words = WORDS_RU if i % 3 == 0 else WORDS_EN
        blocks.append("<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->" % sentence(rng, words))
    blocks.append('<!-- wp:heading -->\n<h2 class="wp-block-heading">%s</h2>\n<!-- /wp:heading -->' % sentence(rng, WORDS_EN, 4))
    blocks.append('<!-- wp:embed {"url":"https://www.youtube.com/watch?v=b%d"} -->\n<figure class="wp-block-embed"><div '
                  'class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=b%d\n</div></figure>\n<!-- /wp:embed -->' % (i, i))
    return "\n\n".join(blocks)


def comment_xml(rng, cid, parent, post_date, approved):
    n = rng.randrange(400)
    return """\t\t<wp:comment>
\t\t\t<wp:comment_id>%d</wp:comment_id>
\t\t\t<wp:comment_author>%s</wp:comment_author>
\t\t\t<wp:comment_author_email>%s</wp:comment_author_email>
\t\t\t<wp:comment_author_url></wp:comment_author_url>
\t\t\t<wp:comment_author_IP>%s</wp:comment_author_IP>
\t\t\t<wp:comment_date>%s</wp:comment_date>
\t\t\t<wp:comment_date_gmt>%s</wp:comment_date_gmt>
\t\t\t<wp:comment_content>%s</wp:comment_content>
\t\t\t<wp:comment_approved>%s</wp:comment_approved>
\t\t\t<wp:comment_type>%s</wp:comment_type>
\t\t\t<wp:comment_parent>%d</wp:comment_parent>
\t\t\t<wp:comment_user_id>0</wp:comment_user_id>
\t\t</wp:comment>
""" % (cid, cdata("Reader %d" % n), cdata("reader%d@example.org" % n), cdata("192.0.2.%d" % (n % 250)),
       cdata(post_date), cdata(post_date), cdata(sentence(rng, WORDS_EN if cid % 4 else WORDS_RU, 20)),
       cdata(approved), cdata("comment"), parent)


def generate(path, posts, comments, seed=7):
    rng = random.Random(seed)
    per_post = comments // posts
    extra = comments - per_post * posts
    cid = 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEAD)
        for a in range(1, 6):
            f.write("\t<wp:author><wp:author_id>%d</wp:author_id><wp:author_login>%s</wp:author_login>"
                    "<wp:author_email>%s</wp:author_email><wp:author_display_name>%s</wp:author_display_name>"
                    "</wp:author>\n" % (a, cdata("author%d" % a), cdata("author%d@bench.example" % a), cdata("Author %d" % a)))
        for i in range(1, posts + 1):
            day = 1 + i % 28
            date = "2016-%02d-%02d 10:%02d:00" % (1 + i % 12, day, i % 60)
            status = "publish" if i % 20 else rng.choice(["draft", "private", "pending"])
            cats = rng.sample(CATEGORIES, 2)
            f.write("\t<item>\n\t\t<title>%s</title>\n\t\t<link>https://bench.example/?p=%d</link>\n"
                    "\t\t<dc:creator>%s</dc:creator>\n\t\t<guid isPermaLink=\"false\">https://bench.example/?p=%d</guid>\n"
                    "\t\t<description></description>\n\t\t<content:encoded>%s</content:encoded>\n"
                    "\t\t<excerpt:encoded>%s</excerpt:encoded>\n\t\t<wp:post_id>%d</wp:post_id>\n"
                    "\t\t<wp:post_date>%s</wp:post_date>\n\t\t<wp:post_date_gmt>%s</wp:post_date_gmt>\n"
                    "\t\t<wp:post_name>%s</wp:post_name>\n\t\t<wp:status>%s</wp:status>\n"
                    "\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:post_type>%s</wp:post_type>\n"
                    % (cdata("Story %d: %s" % (i, sentence(rng, WORDS_EN, 6))), i + 1000, cdata("author%d" % (1 + i % 5)),
                       i + 1000, cdata(content(rng, i)), cdata(sentence(rng, WORDS_EN)), i + 1000, cdata(date), cdata(date),
                       cdata("story-%d" % i), cdata(status), cdata("post")))
            for c in cats:
                f.write('\t\t<category domain="category" nicename="%s">%s</category>\n' % (c.lower(), cdata(c)))
            f.write('\t\t<category domain="post_tag" nicename="t%d">%s</category>\n' % (i % 50, cdata("tag %d" % (i % 50))))
            first = cid
            for k in range(per_post + (1 if i <= extra else 0)):
                parent = 0 if k % 3 == 0 else rng.randrange(first, cid) if cid > first else 0
                approved = "1" if k % 10 else rng.choice(["0", "spam", "trash", "1"])
                f.write(comment_xml(rng, cid, parent, date, approved))
                cid += 1
            f.write("\t</item>\n")
        f.write("</channel>\n</rss>\n")


def timed(cmd, env):
    start = time.time()
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, env=env, capture_output=True, text=True)
    wall = time.time() - start
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-3000:])
        sys.stdout.write(proc.stderr[-3000:])
        raise SystemExit("import failed with %d" % proc.returncode)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", proc.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", proc.stderr).group(1))
    return wall, user + system, rss / 1024, proc.stdout


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--posts", type=int, default=10000)
    p.add_argument("--comments", type=int, default=100000)
    p.add_argument("--bin", default=".build/debug/newsdesk")
    p.add_argument("--database-url", default="")
    p.add_argument("--keep", default="")
    a = p.parse_args()
    work = a.keep or tempfile.mkdtemp(prefix="wp-import-bench-")
    os.makedirs(work, exist_ok=True)
    export = os.path.join(work, "export.xml")
    t = time.time()
    generate(export, a.posts, a.comments)
    print("generated %s: %d posts, %d comments, %.1f MB in %.1f s" % (
        export, a.posts, a.comments, os.path.getsize(export) / 1e6, time.time() - t))
    data = os.path.join(work, "data")
    shutil.rmtree(data, ignore_errors=True)
    os.makedirs(data)
    env = dict(os.environ, NEWSDESK_DATA=data, LOG_LEVEL="warning")
    if a.database_url:
        env["NEWSDESK_DATABASE_URL"] = a.database_url
        subprocess.run(["psql", a.database_url.split("?")[0], "-qc", "DROP SCHEMA public CASCADE; CREATE SCHEMA public"], check=True,
                       env=dict(os.environ, PGOPTIONS="-c client_min_messages=warning"))
    store = "PostgreSQL" if a.database_url else "SQLite"
    for label in ("first import", "second import (nothing changed)"):
        wall, cpu, rss, out = timed([a.bin, "import", "wordpress", "--file", export], env)
        counts = [line.strip() for line in out.splitlines() if re.match(r"\s+(articles|comments) (created|unchanged|published)", line)]
        print("%-32s %s: %6.1f s wall, %6.1f s CPU, peak %5.0f MB  [%s]" % (label, store, wall, cpu, rss, "; ".join(counts)))
    if not a.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
