#define _POSIX_C_SOURCE 200809L

/*
 * The SQLite baselines of bench_baseline.h, written directly against sqlite3.
 */

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "baseline_common.h"
#include "baseline_content.h"
#include "bench_baseline.h"

/* ---- connection and statements ---- */

/* Opens `path` read-write (it must exist, in WAL mode, with the schema) and applies the
 * connection settings of the benchmark; NULL on failure, with `error` set. */
static sqlite3 *open_database(const char *path, const char *what, char *error) {
    if (path == NULL) {
        bench_fail(error, "sqlite %s: no database path", what);
        return NULL;
    }
    sqlite3 *db = NULL;
    /* NOMUTEX, as Tandem opens its connections: each connection is used by one thread at a
     * time, so neither side pays for the connection mutex on every sqlite3_column_* call. */
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        bench_fail(error, "sqlite %s: cannot open %s: %s", what, path,
                   db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return NULL;
    }
    rc = sqlite3_busy_timeout(db, 5000);
    if (rc != SQLITE_OK) {
        bench_fail(error, "sqlite %s: busy timeout: %s", what, sqlite3_errmsg(db));
        sqlite3_close(db);
        return NULL;
    }
    char *message = NULL;
    rc = sqlite3_exec(db, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;", NULL, NULL,
                      &message);
    if (rc != SQLITE_OK) {
        bench_fail(error, "sqlite %s: connection pragmas: %s", what,
                   message != NULL ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

/* Closes a connection whose statements are all finalized; rolls back a transaction left
 * open by a failure. */
static void close_database(sqlite3 *db) {
    if (db == NULL) {
        return;
    }
    if (!sqlite3_get_autocommit(db)) {
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    }
    sqlite3_close(db);
}

static int execute(sqlite3 *db, const char *sql, const char *what, char *error) {
    char *message = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &message);
    if (rc != SQLITE_OK) {
        bench_fail(error, "sqlite %s: %s: %s", what, sql,
                   message != NULL ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return -1;
    }
    return 0;
}

static int prepare(sqlite3 *db, const char *sql, sqlite3_stmt **statement, const char *what,
                   char *error) {
    int rc = sqlite3_prepare_v2(db, sql, -1, statement, NULL);
    if (rc != SQLITE_OK) {
        bench_fail(error, "sqlite %s: prepare: %s", what, sqlite3_errmsg(db));
        sqlite3_finalize(*statement);
        *statement = NULL;
        return -1;
    }
    return 0;
}

static int check_bind(int rc, sqlite3 *db, const char *what, char *error) {
    if (rc != SQLITE_OK) {
        bench_fail(error, "sqlite %s: bind: %s", what, sqlite3_errmsg(db));
        return -1;
    }
    return 0;
}

/* Binds a NUL-terminated string that outlives the statement's use of it, or NULL. */
static int bind_text(sqlite3_stmt *statement, int index, const char *text) {
    if (text == NULL) {
        return sqlite3_bind_null(statement, index);
    }
    return sqlite3_bind_text(statement, index, text, -1, SQLITE_STATIC);
}

/* Index of the result column named `name`, or -1. */
static int column_index(sqlite3_stmt *statement, const char *name) {
    int columns = sqlite3_column_count(statement);
    for (int i = 0; i < columns; i++) {
        const char *column = sqlite3_column_name(statement, i);
        if (column != NULL && strcmp(column, name) == 0) {
            return i;
        }
    }
    return -1;
}

/* ---- reading rows ---- */

typedef struct {
    uint64_t integers;
    double reals;
} value_sums;

/* Decodes the current row of `contents` into a bench_typed_content collected in `copies`
 * (which then releases its items with bench_typed_content_free). When `wanted` is a column
 * index whose value is text, `*wanted_copy` receives a copy of it, owned by the decoded row. */
static int decode_row(sqlite3_stmt *statement, bench_ptrs *copies, int wanted,
                      char **wanted_copy, const char *what, char *error) {
    bench_cell cells[BENCH_CONTENT_COLUMNS];
    for (int i = 0; i < BENCH_CONTENT_COLUMNS; i++) {
        switch (sqlite3_column_type(statement, i)) {
        case SQLITE_NULL:
            cells[i].kind = BENCH_CELL_NULL;
            break;
        case SQLITE_INTEGER:
            cells[i].kind = BENCH_CELL_INTEGER;
            cells[i].integer = sqlite3_column_int64(statement, i);
            break;
        default:
            cells[i].kind = BENCH_CELL_TEXT;
            cells[i].text = (const char *)sqlite3_column_text(statement, i);
            cells[i].length = (size_t)sqlite3_column_bytes(statement, i);
            if (cells[i].text == NULL) {
                bench_fail(error, "sqlite %s: out of memory reading column %d", what, i);
                return -1;
            }
        }
    }
    char message[BENCH_ERROR_SIZE];
    bench_typed_content *row = bench_typed_content_decode(cells, BENCH_SPELLING_SQLITE, message);
    copies->release = bench_typed_content_free;
    if (row == NULL || bench_ptrs_push(copies, row) != 0) {
        bench_typed_content_free(row);
        bench_fail(error, "sqlite %s: %s", what, row == NULL ? message : "out of memory");
        return -1;
    }
    if (wanted >= 0 && wanted_copy != NULL && cells[wanted].kind == BENCH_CELL_TEXT) {
        row->kept_text = bench_copy(cells[wanted].text, cells[wanted].length);
        if (row->kept_text == NULL) {
            bench_fail(error, "sqlite %s: out of memory", what);
            return -1;
        }
        *wanted_copy = row->kept_text;
    }
    return 0;
}

/* Copies every value of the current row: integers and reals are read into `sums`, texts and
 * blobs copied into malloc'd memory collected in `copies`. When `wanted` is a column index
 * whose value is text, `*wanted_copy` receives the copy of it (owned by `copies`). Returns 0,
 * or -1 when out of memory. */
static int copy_row(sqlite3_stmt *statement, int columns, bench_ptrs *copies, value_sums *sums,
                    int wanted, char **wanted_copy, const char *what, char *error) {
    if (bench_reads_are_typed() && columns == BENCH_CONTENT_COLUMNS) {
        return decode_row(statement, copies, wanted, wanted_copy, what, error);
    }
    for (int i = 0; i < columns; i++) {
        const void *bytes;
        int is_text = 0;
        switch (sqlite3_column_type(statement, i)) {
        case SQLITE_NULL:
            continue;
        case SQLITE_INTEGER:
            sums->integers += (uint64_t)sqlite3_column_int64(statement, i);
            continue;
        case SQLITE_FLOAT:
            sums->reals += sqlite3_column_double(statement, i);
            continue;
        case SQLITE_TEXT:
            bytes = sqlite3_column_text(statement, i);
            is_text = 1;
            break;
        default: /* SQLITE_BLOB */
            bytes = sqlite3_column_blob(statement, i);
            break;
        }
        int length = sqlite3_column_bytes(statement, i);
        /* A text is never NULL (an empty one is ""); an empty blob is. */
        if (bytes == NULL && (is_text || length > 0)) {
            bench_fail(error, "sqlite %s: out of memory reading column %d", what, i);
            return -1;
        }
        char *copy = bench_copy(bytes, (size_t)length);
        if (copy == NULL || bench_ptrs_push(copies, copy) != 0) {
            free(copy);
            bench_fail(error, "sqlite %s: out of memory copying column %d", what, i);
            return -1;
        }
        if (i == wanted && wanted_copy != NULL) {
            *wanted_copy = copy;
        }
    }
    return 0;
}

/* Steps `statement` to its end, copying every row; adds the rows read to `*rows`. */
static int copy_all_rows(sqlite3 *db, sqlite3_stmt *statement, bench_ptrs *copies,
                         value_sums *sums, int64_t *rows, const char *what, char *error) {
    int columns = sqlite3_column_count(statement);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (copy_row(statement, columns, copies, sums, -1, NULL, what, error) != 0) {
            return -1;
        }
        (*rows)++;
    }
    if (rc != SQLITE_DONE) {
        bench_fail(error, "sqlite %s: step: %s", what, sqlite3_errmsg(db));
        return -1;
    }
    return 0;
}

/* ---- insert ---- */

/* Every column of `contents`, in table order: what Tandem's records API writes. */
static const char insert_sql[] =
    "INSERT INTO contents (id, user_id, project_id, title, content_type, status, text_content, "
    "summary, media_urls, cover_url, tags, keywords, word_count, read_time_minutes, "
    "ai_generated, generation_params, version, parent_id, created_at, updated_at, deleted_at, "
    "is_deleted) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?20, ?21, ?22)";

static int bind_content(sqlite3_stmt *statement, const bench_content *row) {
    int rc;
    if ((rc = bind_text(statement, 1, row->id)) != SQLITE_OK ||
        (rc = bind_text(statement, 2, row->user_id)) != SQLITE_OK ||
        (rc = bind_text(statement, 3, row->project_id)) != SQLITE_OK ||
        (rc = bind_text(statement, 4, row->title)) != SQLITE_OK ||
        (rc = bind_text(statement, 5, row->content_type)) != SQLITE_OK ||
        (rc = bind_text(statement, 6, row->status)) != SQLITE_OK ||
        (rc = bind_text(statement, 7, row->text_content)) != SQLITE_OK ||
        (rc = bind_text(statement, 8, row->summary)) != SQLITE_OK ||
        (rc = bind_text(statement, 9, row->media_urls)) != SQLITE_OK ||
        (rc = bind_text(statement, 10, row->cover_url)) != SQLITE_OK ||
        (rc = bind_text(statement, 11, row->tags)) != SQLITE_OK ||
        (rc = bind_text(statement, 12, row->keywords)) != SQLITE_OK ||
        (rc = sqlite3_bind_int64(statement, 13, row->word_count)) != SQLITE_OK ||
        (rc = sqlite3_bind_int64(statement, 14, row->read_time_minutes)) != SQLITE_OK ||
        (rc = sqlite3_bind_int64(statement, 15, row->ai_generated ? 1 : 0)) != SQLITE_OK ||
        (rc = bind_text(statement, 16, row->generation_params)) != SQLITE_OK ||
        (rc = sqlite3_bind_int64(statement, 17, row->version)) != SQLITE_OK ||
        (rc = bind_text(statement, 18, row->parent_id)) != SQLITE_OK ||
        (rc = sqlite3_bind_int64(statement, 19, row->created_at)) != SQLITE_OK ||
        (rc = sqlite3_bind_int64(statement, 20, row->updated_at)) != SQLITE_OK ||
        (rc = row->has_deleted_at ? sqlite3_bind_int64(statement, 21, row->deleted_at)
                                  : sqlite3_bind_null(statement, 21)) != SQLITE_OK ||
        (rc = sqlite3_bind_int64(statement, 22, row->is_deleted ? 1 : 0)) != SQLITE_OK) {
        return rc;
    }
    return SQLITE_OK;
}

double bench_sqlite_insert(const char *path, const bench_content *rows, int count, char *error) {
    static const char what[] = "insert";
    if (count < 0 || (count > 0 && rows == NULL)) {
        return bench_fail(error, "sqlite %s: invalid rows (count %d)", what, count);
    }
    sqlite3 *db = open_database(path, what, error);
    if (db == NULL) {
        return -1.0;
    }
    sqlite3_stmt *statement = NULL;
    double result = -1.0;

    double start = bench_now();
    if (execute(db, "BEGIN IMMEDIATE", what, error) != 0 ||
        prepare(db, insert_sql, &statement, what, error) != 0) {
        goto done;
    }
    for (int i = 0; i < count; i++) {
        int rc = bind_content(statement, &rows[i]);
        if (rc != SQLITE_OK) {
            bench_fail(error, "sqlite %s: row %d: bind: %s", what, i, sqlite3_errmsg(db));
            goto done;
        }
        rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE) {
            bench_fail(error, "sqlite %s: row %d: %s", what, i, sqlite3_errmsg(db));
            goto done;
        }
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    statement = NULL;
    if (execute(db, "COMMIT", what, error) != 0) {
        goto done;
    }
    result = bench_now() - start;

done:
    sqlite3_finalize(statement);
    close_database(db);
    return result;
}

/* ---- fetch ---- */

static const char fetch_sql[] = "SELECT * FROM contents WHERE is_deleted = 0 ORDER BY id";

double bench_sqlite_fetch(const char *path, int64_t *read, char *error) {
    static const char what[] = "fetch";
    if (read != NULL) {
        *read = 0;
    }
    sqlite3 *db = open_database(path, what, error);
    if (db == NULL) {
        return -1.0;
    }
    sqlite3_stmt *statement = NULL;
    bench_ptrs copies = {0};
    value_sums sums = {0, 0.0};
    int64_t rows = 0;
    double result = -1.0;

    double start = bench_now();
    if (prepare(db, fetch_sql, &statement, what, error) != 0 ||
        copy_all_rows(db, statement, &copies, &sums, &rows, what, error) != 0) {
        goto done;
    }
    sqlite3_finalize(statement);
    statement = NULL;
    bench_ptrs_destroy(&copies);
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = rows;
    }

done:
    sqlite3_finalize(statement);
    bench_ptrs_destroy(&copies);
    close_database(db);
    return result;
}

/* ---- paginate ---- */

static const char first_page_sql[] =
    "SELECT * FROM contents WHERE user_id = ?1 AND status = ?2 AND is_deleted = 0 "
    "ORDER BY created_at DESC, id DESC LIMIT ?3";

static const char next_page_sql[] =
    "SELECT * FROM contents WHERE user_id = ?1 AND status = ?2 AND is_deleted = 0 "
    "AND (created_at, id) < (?3, ?4) "
    "ORDER BY created_at DESC, id DESC LIMIT ?5";

double bench_sqlite_paginate(const char *path, const char *user_id, const char *status,
                             int pages, int page_size, int64_t *read, char *error) {
    static const char what[] = "paginate";
    if (read != NULL) {
        *read = 0;
    }
    if (pages < 0 || page_size <= 0) {
        return bench_fail(error, "sqlite %s: invalid pages %d or page size %d", what, pages,
                          page_size);
    }
    sqlite3 *db = open_database(path, what, error);
    if (db == NULL) {
        return -1.0;
    }
    sqlite3_stmt *first = NULL;
    sqlite3_stmt *next = NULL;
    bench_ptrs copies = {0};
    bench_buffer cursor_id = {0};
    value_sums sums = {0, 0.0};
    int64_t rows = 0;
    double result = -1.0;

    double start = bench_now();
    if (prepare(db, first_page_sql, &first, what, error) != 0 ||
        prepare(db, next_page_sql, &next, what, error) != 0) {
        goto done;
    }
    int columns = sqlite3_column_count(first);
    int created_column = column_index(first, "created_at");
    int id_column = column_index(first, "id");
    if (created_column < 0 || id_column < 0) {
        bench_fail(error, "sqlite %s: contents has no created_at or id column", what);
        goto done;
    }
    /* The user, status and limit stay bound across resets; only the cursor changes. */
    if (check_bind(bind_text(first, 1, user_id), db, what, error) != 0 ||
        check_bind(bind_text(first, 2, status), db, what, error) != 0 ||
        check_bind(sqlite3_bind_int64(first, 3, page_size), db, what, error) != 0 ||
        check_bind(bind_text(next, 1, user_id), db, what, error) != 0 ||
        check_bind(bind_text(next, 2, status), db, what, error) != 0 ||
        check_bind(sqlite3_bind_int64(next, 5, page_size), db, what, error) != 0) {
        goto done;
    }

    int has_cursor = 0;
    int64_t cursor_created = 0;
    for (int page = 0; page < pages; page++) {
        sqlite3_stmt *statement = first;
        if (has_cursor) {
            statement = next;
            /* cursor_id is not touched until this statement has been reset. */
            if (check_bind(sqlite3_bind_int64(next, 3, cursor_created), db, what, error) != 0 ||
                check_bind(sqlite3_bind_text(next, 4, cursor_id.data, (int)cursor_id.length,
                                             SQLITE_STATIC),
                           db, what, error) != 0) {
                goto done;
            }
        }
        int page_rows = 0;
        char *last_id = NULL;
        int64_t last_created = 0;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            last_id = NULL;
            if (copy_row(statement, columns, &copies, &sums, id_column, &last_id, what, error) !=
                0) {
                sqlite3_reset(statement);
                goto done;
            }
            last_created = sqlite3_column_int64(statement, created_column);
            page_rows++;
        }
        if (rc != SQLITE_DONE) {
            bench_fail(error, "sqlite %s: page %d: %s", what, page, sqlite3_errmsg(db));
            sqlite3_reset(statement);
            goto done;
        }
        sqlite3_reset(statement);
        rows += page_rows;
        if (page_rows < page_size) {
            has_cursor = 0;
        } else {
            if (last_id == NULL) {
                bench_fail(error, "sqlite %s: page %d: the last row's id is not text", what,
                           page);
                goto done;
            }
            if (bench_buffer_set(&cursor_id, last_id, strlen(last_id)) != 0) {
                bench_fail(error, "sqlite %s: out of memory", what);
                goto done;
            }
            cursor_created = last_created;
            has_cursor = 1;
        }
        bench_ptrs_clear(&copies);
    }
    sqlite3_finalize(first);
    first = NULL;
    sqlite3_finalize(next);
    next = NULL;
    bench_ptrs_destroy(&copies);
    bench_buffer_destroy(&cursor_id);
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = rows;
    }

done:
    sqlite3_finalize(first);
    sqlite3_finalize(next);
    bench_ptrs_destroy(&copies);
    bench_buffer_destroy(&cursor_id);
    close_database(db);
    return result;
}

/* ---- lookup ---- */

/* Runs `sql` once per element of `values`, bound at ?`slot` (with `fixed`, when not NULL,
 * bound once at ?1), copying every row as fetch does. Shared by lookup and contains. */
static double run_per_value(const char *path, const char *sql, const char *fixed, int slot,
                            const char *const *values, int count, int64_t *read,
                            const char *what, char *error) {
    if (read != NULL) {
        *read = 0;
    }
    if (count < 0 || (count > 0 && values == NULL)) {
        return bench_fail(error, "sqlite %s: invalid values (count %d)", what, count);
    }
    sqlite3 *db = open_database(path, what, error);
    if (db == NULL) {
        return -1.0;
    }
    sqlite3_stmt *statement = NULL;
    bench_ptrs copies = {0};
    value_sums sums = {0, 0.0};
    int64_t rows = 0;
    double result = -1.0;

    double start = bench_now();
    if (prepare(db, sql, &statement, what, error) != 0 ||
        (fixed != NULL && check_bind(bind_text(statement, 1, fixed), db, what, error) != 0)) {
        goto done;
    }
    for (int i = 0; i < count; i++) {
        if (check_bind(bind_text(statement, slot, values[i]), db, what, error) != 0) {
            goto done;
        }
        int failed = copy_all_rows(db, statement, &copies, &sums, &rows, what, error);
        sqlite3_reset(statement);
        if (failed != 0) {
            goto done;
        }
        bench_ptrs_clear(&copies);
    }
    sqlite3_finalize(statement);
    statement = NULL;
    bench_ptrs_destroy(&copies);
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = rows;
    }

done:
    sqlite3_finalize(statement);
    bench_ptrs_destroy(&copies);
    close_database(db);
    return result;
}

double bench_sqlite_lookup(const char *path, const char *const *ids, int count, int64_t *read,
                           char *error) {
    return run_per_value(path, "SELECT * FROM contents WHERE id = ?1 AND is_deleted = 0", NULL,
                         1, ids, count, read, "lookup", error);
}

/* ---- contains ---- */

static const char contains_sql[] =
    "SELECT * FROM contents WHERE user_id = ?1 AND is_deleted = 0 AND id IN "
    "(SELECT owner_id FROM \"ix_contents_tags__elements\" WHERE value = ?2)";

double bench_sqlite_contains(const char *path, const char *user_id, const char *const *tags,
                             int count, int64_t *read, char *error) {
    return run_per_value(path, contains_sql, user_id, 2, tags, count, read, "contains", error);
}

/* ---- stream ---- */

static const char stream_sql[] =
    "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ?1) "
    "SELECT n, 'row ' || n, n * 0.5 FROM s";

double bench_sqlite_stream(const char *path, int64_t rows, int64_t *read, char *error) {
    static const char what[] = "stream";
    if (read != NULL) {
        *read = 0;
    }
    if (rows < 0) {
        return bench_fail(error, "sqlite %s: invalid row count %lld", what, (long long)rows);
    }
    sqlite3 *db = open_database(path, what, error);
    if (db == NULL) {
        return -1.0;
    }
    sqlite3_stmt *statement = NULL;
    value_sums sums = {0, 0.0};
    int64_t count = 0;
    double result = -1.0;

    double start = bench_now();
    if (prepare(db, stream_sql, &statement, what, error) != 0 ||
        check_bind(sqlite3_bind_int64(statement, 1, rows), db, what, error) != 0) {
        goto done;
    }
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        sums.integers += (uint64_t)sqlite3_column_int64(statement, 0);
        const unsigned char *text = sqlite3_column_text(statement, 1);
        int length = sqlite3_column_bytes(statement, 1);
        if (text == NULL) {
            bench_fail(error, "sqlite %s: out of memory reading row %lld", what,
                       (long long)count);
            goto done;
        }
        char *copy = bench_copy(text, (size_t)length);
        if (copy == NULL) {
            bench_fail(error, "sqlite %s: out of memory", what);
            goto done;
        }
        free(copy);
        sums.reals += sqlite3_column_double(statement, 2);
        count++;
    }
    if (rc != SQLITE_DONE) {
        bench_fail(error, "sqlite %s: step: %s", what, sqlite3_errmsg(db));
        goto done;
    }
    sqlite3_finalize(statement);
    statement = NULL;
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = count;
    }

done:
    sqlite3_finalize(statement);
    close_database(db);
    return result;
}

/* ---- claim ---- */

/* The publishing queue's claim, as PublishingQueue.claimDue writes it for SQLite. */
static const char claim_sql[] =
    "UPDATE publications SET status = 'publishing', updated_at = ?3 "
    "WHERE id IN (SELECT id FROM publications "
    "WHERE status = 'scheduled' AND scheduled_at <= ?1 "
    "ORDER BY scheduled_at, id LIMIT ?2) RETURNING *";

double bench_sqlite_claim(const char *path, int64_t now, int batch, int64_t *claimed,
                          char *error) {
    static const char what[] = "claim";
    if (claimed != NULL) {
        *claimed = 0;
    }
    sqlite3 *db = open_database(path, what, error);
    if (db == NULL) {
        return -1.0;
    }
    sqlite3_stmt *statement = NULL;
    bench_ptrs copies = {0};
    value_sums sums = {0, 0.0};
    int64_t total = 0;
    double result = -1.0;

    double start = bench_now();
    if (prepare(db, claim_sql, &statement, what, error) != 0) {
        goto done;
    }
    for (;;) {
        int64_t rows = 0;
        if (execute(db, "BEGIN IMMEDIATE", what, error) != 0 ||
            check_bind(sqlite3_bind_int64(statement, 1, now), db, what, error) != 0 ||
            check_bind(sqlite3_bind_int64(statement, 2, batch), db, what, error) != 0 ||
            check_bind(sqlite3_bind_int64(statement, 3, now), db, what, error) != 0 ||
            copy_all_rows(db, statement, &copies, &sums, &rows, what, error) != 0) {
            goto done;
        }
        sqlite3_reset(statement);
        if (execute(db, "COMMIT", what, error) != 0) {
            goto done;
        }
        bench_ptrs_clear(&copies);
        total += rows;
        if (rows == 0) {
            break;
        }
    }
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (claimed != NULL) {
        *claimed = total;
    }

done:
    sqlite3_finalize(statement);
    bench_ptrs_destroy(&copies);
    close_database(db);
    return result;
}
