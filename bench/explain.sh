#!/usr/bin/env bash
# Shows the query plans of the main reader queries on a seeded SQLite database, to check that each uses an index.
#   NEWSDESK_DATA=./newsdesk-data bash bench/explain.sh
set -euo pipefail
DB="${NEWSDESK_DATA:-./newsdesk-data}/newsdesk.sqlite"
command -v sqlite3 >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3; }
q() { echo "-- $1"; sqlite3 "$DB" "EXPLAIN QUERY PLAN $2"; echo; }
NOW=$(date +%s)
q "All news (edition feed, first page)" "SELECT id FROM articles WHERE status='published' AND published_at <= $NOW AND edition_id = 1 ORDER BY published_at DESC, id DESC LIMIT 21"
q "All news (page after a cursor)" "SELECT id FROM articles WHERE status='published' AND published_at <= $NOW AND edition_id = 1 AND published_at <= 1700000000 AND (published_at < 1700000000 OR (published_at = 1700000000 AND id < 500)) ORDER BY published_at DESC, id DESC LIMIT 21"
q "Section page" "SELECT id FROM articles WHERE status='published' AND published_at <= $NOW AND section_id = 2 ORDER BY published_at DESC, id DESC LIMIT 21"
q "Tag page" "SELECT article_id FROM article_tags WHERE tag_id = 3 AND status='published' AND published_at <= $NOW ORDER BY published_at DESC, article_id DESC LIMIT 21"
q "Article by slug" "SELECT * FROM articles WHERE status='published' AND published_at <= $NOW AND edition_id = 1 AND slug = 'x'"
q "Short link" "SELECT * FROM articles WHERE status='published' AND published_at <= $NOW AND short_code = 'abc1234'"
q "Recommended" "SELECT id FROM articles WHERE status='published' AND published_at <= $NOW AND edition_id = 1 AND recommended_rank IS NOT NULL ORDER BY recommended_rank LIMIT 7"
