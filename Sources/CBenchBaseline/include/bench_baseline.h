#ifndef TANDEM_BENCH_BASELINE_H
#define TANDEM_BENCH_BASELINE_H

/*
 * The plain C baselines of tandem-bench: each workload written directly against sqlite3 or
 * libpq, for the benchmark to run side by side with the same workload through Tandem.
 *
 * Every function opens its own connection first, then starts its clock, runs the workload
 * (statement preparation included), stops the clock, closes the connection and returns the
 * elapsed seconds (CLOCK_MONOTONIC). On failure it returns a negative number and writes a
 * message of at most BENCH_ERROR_SIZE bytes into `error`.
 *
 * Tables are created beforehand by the benchmark with Tandem's own DDL for the dialect, so
 * both sides write and read the very same schema (triggers and fallbacks included).
 */

#include <stdint.h>

#define BENCH_ERROR_SIZE 512

/* One row of `contents`, all 22 columns, pre-encoded for the engine: text fields are
 * NUL-terminated UTF-8 and a NULL pointer is an SQL NULL.
 * - `media_urls`, `tags` and `keywords` are JSON arrays (["a","b"]) for SQLite and array
 *   literals ({"a","b"}) for PostgreSQL; `generation_params` is JSON text on both.
 * - `ai_generated` and `is_deleted` are 0 or 1: bound as integers on SQLite, sent as "t" or "f"
 *   on PostgreSQL.
 * - Timestamps come twice: microseconds since 1970 (`created_at`, read by SQLite) and
 *   PostgreSQL's timestamptz text (`created_at_text`). `deleted_at` is NULL when
 *   `has_deleted_at` is 0 (then `deleted_at_text` is NULL too). */
typedef struct {
    const char *id;
    const char *user_id;
    const char *project_id;
    const char *title;
    const char *content_type;
    const char *status;
    const char *text_content;
    const char *summary;
    const char *media_urls;
    const char *cover_url;
    const char *tags;
    const char *keywords;
    int64_t word_count;
    int64_t read_time_minutes;
    int ai_generated;
    const char *generation_params;
    int64_t version;
    const char *parent_id;
    int64_t created_at;
    const char *created_at_text;
    int64_t updated_at;
    const char *updated_at_text;
    int has_deleted_at;
    int64_t deleted_at;
    const char *deleted_at_text;
    int is_deleted;
} bench_content;

/* How the read baselines (fetch, paginate, lookup, contains) handle each row of `contents`:
 * 0 (the default) copies every value's bytes into malloc'd memory and reads integers, the
 * least a C program can do with a row; 1 decodes the row into a typed C struct holding what a
 * Swift `Content` holds (UUIDs as 16 bytes, text validated as UTF-8 and copied, enums as
 * indexes, timestamps as microseconds, text arrays as arrays of strings, JSON as a tree),
 * the same work as Tandem's records API. Not thread-safe: set it between workloads. */
void bench_set_typed_reads(int typed);

/* ---- SQLite (a file in WAL mode; `path` already holds the schema) ---- */

/* Inserts `count` rows in one transaction (BEGIN IMMEDIATE ... COMMIT) with one prepared
 * INSERT of all 22 columns of `contents`, in table order, bound from the fields above and
 * stepped once per row; the schema's triggers fill the tag element table as for Tandem. */
double bench_sqlite_insert(const char *path, const bench_content *rows, int count, char *error);

/* Reads every column of every row not marked deleted:
 *   SELECT * FROM contents WHERE is_deleted = 0 ORDER BY id
 * copying each text and blob into malloc'd memory and reading integers and reals; frees it
 * all before the clock stops. Writes the number of rows read into `*read`. */
double bench_sqlite_fetch(const char *path, int64_t *read, char *error);

/* `pages` keyset pages of up to `page_size` rows of all columns:
 *   SELECT * FROM contents WHERE user_id = ?1 AND status = ?2 AND is_deleted = 0
 *     [AND (created_at, id) < (?3, ?4)] ORDER BY created_at DESC, id DESC LIMIT page_size
 * each page after the last row of the previous one (the row-value predicate, an index range
 * on both engines); when a page comes back short, the next starts again from the top. Values
 * are copied as in fetch. */
double bench_sqlite_paginate(const char *path, const char *user_id, const char *status,
                             int pages, int page_size, int64_t *read, char *error);

/* `count` point lookups of all columns by id, values copied as in fetch:
 *   SELECT * FROM contents WHERE id = ?1 AND is_deleted = 0 */
double bench_sqlite_lookup(const char *path, const char *const *ids, int count, int64_t *read,
                           char *error);

/* `count` queries "every column of the contents of user_id that carry tags[i]", through the
 * element table of ix_contents_tags:
 *   SELECT * FROM contents WHERE user_id = ?1 AND is_deleted = 0 AND id IN
 *     (SELECT owner_id FROM "ix_contents_tags__elements" WHERE value = ?2)
 * values copied as in fetch; `*read` counts rows. */
double bench_sqlite_contains(const char *path, const char *user_id, const char *const *tags,
                             int count, int64_t *read, char *error);

/* Streams `rows` rows of (n INTEGER, 'row ' || n TEXT, n * 0.5 REAL) from a recursive CTE,
 * reading each value (text copied and freed at once). */
double bench_sqlite_stream(const char *path, int64_t rows, int64_t *read, char *error);

/* ---- PostgreSQL (libpq; `conninfo` is a libpq URL whose search_path holds the schema) ---- */

/* As bench_sqlite_insert: BEGIN, one prepared INSERT of all 22 columns (PQprepare +
 * PQexecPrepared, text parameters; integers formatted with snprintf per row) per row,
 * COMMIT. */
double bench_pg_insert(const char *conninfo, const bench_content *rows, int count, char *error);

/* The batch baseline: COPY contents (all 22 columns) FROM STDIN in text format, rows escaped
 * per COPY's rules and sent in chunks of about 64 KiB, in one transaction. */
double bench_pg_copy(const char *conninfo, const bench_content *rows, int count, char *error);

/* As bench_sqlite_fetch: one PQexec of
 *   SELECT * FROM contents WHERE is_deleted = false ORDER BY id
 * every value copied (text) or parsed (integers with strtoll where the column type is
 * int2/4/8). */
double bench_pg_fetch(const char *conninfo, int64_t *read, char *error);

/* As bench_sqlite_paginate (is_deleted = false), with two prepared statements and text
 * parameters. */
double bench_pg_paginate(const char *conninfo, const char *user_id, const char *status,
                         int pages, int page_size, int64_t *read, char *error);

/* As bench_sqlite_lookup (is_deleted = false), with one prepared statement. */
double bench_pg_lookup(const char *conninfo, const char *const *ids, int count, int64_t *read,
                       char *error);

/* As bench_sqlite_contains, all columns, with the GIN-served form and one prepared
 * statement:
 *   SELECT * FROM contents WHERE user_id = $1 AND is_deleted = false
 *     AND tags @> ARRAY[$2]::text[] */
double bench_pg_contains(const char *conninfo, const char *user_id, const char *const *tags,
                         int count, int64_t *read, char *error);

/* Streams `rows` rows of (n bigint, 'row ' || n, n * 0.5 float8) FROM generate_series inside
 * a transaction through DECLARE ... NO SCROLL CURSOR and FETCH FORWARD 1000 until empty,
 * reading each value as in fetch. */
double bench_pg_stream(const char *conninfo, int64_t rows, int64_t *read, char *error);

/* ---- the publishing queue's claim ---- */

/* Claims every publication due at `now` in batches of `batch`, one transaction per batch
 * (BEGIN IMMEDIATE; UPDATE publications SET status = 'publishing' … WHERE id IN (the
 * `batch` earliest due) RETURNING *, every value copied; COMMIT) until a claim returns no
 * row, through one connection. Writes the number of publications claimed into `*claimed`. */
double bench_sqlite_claim(const char *path, int64_t now, int batch, int64_t *claimed,
                          char *error);

/* The same with `workers` threads, each with its own connection (opened before the clock
 * starts), the due rows chosen in a materialized CTE ending in FOR UPDATE SKIP LOCKED. `now_text` is a
 * timestamptz and `batch_text` the batch size, as text. Writes the total claimed by all
 * workers into `*claimed`: more than the due publications would mean a double claim. */
double bench_pg_claim(const char *conninfo, int workers, const char *now_text,
                      const char *batch_text, int64_t *claimed, char *error);

#endif
