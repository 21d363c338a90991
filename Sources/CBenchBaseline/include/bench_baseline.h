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

/* One row of `contents`, pre-encoded for the engine: text fields are NUL-terminated UTF-8.
 * `tags` is a JSON array for SQLite and an array literal ({"a","b"}) for PostgreSQL;
 * `created_at` is microseconds since 1970 (SQLite) and `created_at_text` PostgreSQL's
 * timestamptz text. NULL pointers are SQL NULLs. */
typedef struct {
    const char *id;
    const char *user_id;
    const char *project_id;
    const char *title;
    const char *content_type;
    const char *status;
    const char *text_content;
    const char *tags;
    const char *generation_params;
    int64_t word_count;
    int64_t created_at;
    const char *created_at_text;
} bench_content;

/* ---- SQLite (a file in WAL mode; `path` already holds the schema) ---- */

/* Inserts `count` rows in one transaction with one prepared INSERT of the 12 fields above
 * (updated_at = created_at), stepped once per row. */
double bench_sqlite_insert(const char *path, const bench_content *rows, int count, char *error);

/* Reads every column of every row of `contents` (SELECT * ... ORDER BY id), copying each text
 * and blob into malloc'd memory and reading integers and reals; frees it all before the clock
 * stops. Writes the number of rows read into `*read`. */
double bench_sqlite_fetch(const char *path, int64_t *read, char *error);

/* `pages` keyset pages of `page_size` rows of all columns for (user_id, status) ordered by
 * created_at DESC, id DESC, each page after the last row of the previous one (the row-value
 * predicate (created_at, id) < (?3, ?4), an index range on both engines); when a page
 * comes back short, the next starts again from the top. Values are copied as in fetch. */
double bench_sqlite_paginate(const char *path, const char *user_id, const char *status,
                             int pages, int page_size, int64_t *read, char *error);

/* `count` point lookups of all columns by id, values copied as in fetch. */
double bench_sqlite_lookup(const char *path, const char *const *ids, int count, int64_t *read,
                           char *error);

/* `count` queries "id, title of the contents of user_id that carry tags[i]", through the
 * element table of ix_contents_tags:
 *   SELECT id, title FROM contents WHERE user_id = ?1 AND id IN
 *     (SELECT owner_id FROM "ix_contents_tags__elements" WHERE value = ?2)
 * values copied; `*read` counts rows. */
double bench_sqlite_contains(const char *path, const char *user_id, const char *const *tags,
                             int count, int64_t *read, char *error);

/* Streams `rows` rows of (n INTEGER, 'row ' || n TEXT, n * 0.5 REAL) from a recursive CTE,
 * reading each value (text copied and freed at once). */
double bench_sqlite_stream(const char *path, int64_t rows, int64_t *read, char *error);

/* ---- PostgreSQL (libpq; `conninfo` is a libpq URL whose search_path holds the schema) ---- */

/* As bench_sqlite_insert: BEGIN, one prepared INSERT (PQprepare + PQexecPrepared, text
 * parameters) per row, COMMIT. */
double bench_pg_insert(const char *conninfo, const bench_content *rows, int count, char *error);

/* The batch baseline: COPY contents (the 12 columns) FROM STDIN in text format, rows escaped
 * per COPY's rules, in one transaction. */
double bench_pg_copy(const char *conninfo, const bench_content *rows, int count, char *error);

/* As bench_sqlite_fetch: one PQexec of SELECT * FROM contents ORDER BY id, every value
 * copied (text) or parsed (integers with strtoll where the column type is int2/4/8). */
double bench_pg_fetch(const char *conninfo, int64_t *read, char *error);

/* As bench_sqlite_paginate, with one prepared statement and text parameters. */
double bench_pg_paginate(const char *conninfo, const char *user_id, const char *status,
                         int pages, int page_size, int64_t *read, char *error);

/* As bench_sqlite_lookup, with one prepared statement. */
double bench_pg_lookup(const char *conninfo, const char *const *ids, int count, int64_t *read,
                       char *error);

/* As bench_sqlite_contains, with the GIN-served form:
 *   SELECT id, title FROM contents WHERE user_id = $1 AND tags @> ARRAY[$2]::text[] */
double bench_pg_contains(const char *conninfo, const char *user_id, const char *const *tags,
                         int count, int64_t *read, char *error);

/* Streams `rows` rows of (n bigint, 'row ' || n, n * 0.5 float8) FROM generate_series inside
 * a transaction through DECLARE ... NO SCROLL CURSOR and FETCH FORWARD 1000 until empty,
 * reading each value as in fetch. */
double bench_pg_stream(const char *conninfo, int64_t rows, int64_t *read, char *error);

#endif
