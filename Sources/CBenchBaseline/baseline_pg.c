#define _POSIX_C_SOURCE 200809L

/*
 * The PostgreSQL baselines of bench_baseline.h, written directly against libpq.
 */

#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include "baseline_common.h"
#include "baseline_content.h"
#include "bench_baseline.h"

/* The OIDs of int8, int2 and int4: the columns read as integers. */
enum { OID_INT8 = 20, OID_INT2 = 21, OID_INT4 = 23 };

/* COPY data is handed to libpq in chunks of about this size. */
enum { COPY_CHUNK = 64 * 1024 };

/* ---- connection and results ---- */

static const char *result_message(PGconn *conn, const PGresult *result) {
    const char *message = result != NULL ? PQresultErrorMessage(result) : "";
    if (message == NULL || message[0] == '\0') {
        message = PQerrorMessage(conn);
    }
    return message;
}

/* Checks that `result` has `expected` status; otherwise sets `error` and returns -1. The
 * result is left to the caller to clear. */
static int check_result(PGconn *conn, const PGresult *result, ExecStatusType expected,
                        const char *what, const char *step, char *error) {
    ExecStatusType status = result != NULL ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != expected) {
        bench_fail(error, "postgres %s: %s: %s", what, step, result_message(conn, result));
        return -1;
    }
    return 0;
}

/* Runs `sql`, which must complete as a command. */
static int command(PGconn *conn, const char *sql, const char *what, char *error) {
    PGresult *result = PQexec(conn, sql);
    int failed = check_result(conn, result, PGRES_COMMAND_OK, what, sql, error);
    PQclear(result);
    return failed;
}

/* Connects with `conninfo` and sets the session time zone to UTC; NULL on failure, with
 * `error` set. */
static PGconn *connect_database(const char *conninfo, const char *what, char *error) {
    if (conninfo == NULL) {
        bench_fail(error, "postgres %s: no connection string", what);
        return NULL;
    }
    PGconn *conn = PQconnectdb(conninfo);
    if (conn == NULL) {
        bench_fail(error, "postgres %s: cannot connect: out of memory", what);
        return NULL;
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        bench_fail(error, "postgres %s: cannot connect: %s", what, PQerrorMessage(conn));
        PQfinish(conn);
        return NULL;
    }
    if (command(conn, "SET TimeZone TO 'UTC'", what, error) != 0) {
        PQfinish(conn);
        return NULL;
    }
    return conn;
}

static int prepare(PGconn *conn, const char *name, const char *sql, int parameters,
                   const char *what, char *error) {
    PGresult *result = PQprepare(conn, name, sql, parameters, NULL);
    int failed = check_result(conn, result, PGRES_COMMAND_OK, what, "prepare", error);
    PQclear(result);
    return failed;
}

/* ---- reading rows ---- */

typedef struct {
    uint64_t integers;
    double reals;
} value_sums;

/* Decodes every row of `result`, rows of `contents`, into bench_typed_content structs
 * collected in `copies` (which then releases its items with bench_typed_content_free). */
static int decode_result(const PGresult *result, bench_ptrs *copies, const char *what,
                         char *error) {
    int rows = PQntuples(result);
    bench_cell cells[BENCH_CONTENT_COLUMNS];
    char message[BENCH_ERROR_SIZE];
    copies->release = bench_typed_content_free;
    for (int row = 0; row < rows; row++) {
        for (int i = 0; i < BENCH_CONTENT_COLUMNS; i++) {
            if (PQgetisnull(result, row, i)) {
                cells[i].kind = BENCH_CELL_NULL;
                continue;
            }
            cells[i].kind = BENCH_CELL_TEXT;
            cells[i].text = PQgetvalue(result, row, i);
            cells[i].length = (size_t)PQgetlength(result, row, i);
        }
        bench_typed_content *decoded =
            bench_typed_content_decode(cells, BENCH_SPELLING_POSTGRES, message);
        if (decoded == NULL || bench_ptrs_push(copies, decoded) != 0) {
            bench_typed_content_free(decoded);
            bench_fail(error, "postgres %s: %s", what, decoded == NULL ? message : "out of memory");
            return -1;
        }
    }
    return 0;
}

/* Copies every value of every row of `result`: NULLs skipped, int2/int4/int8 columns parsed
 * with strtoll into `sums`, every other value copied into malloc'd memory collected in
 * `copies`. Returns 0, or -1 when out of memory. */
static int copy_result(const PGresult *result, bench_ptrs *copies, value_sums *sums,
                       const char *what, char *error) {
    int rows = PQntuples(result);
    int columns = PQnfields(result);
    if (bench_reads_are_typed() && columns == BENCH_CONTENT_COLUMNS) {
        return decode_result(result, copies, what, error);
    }
    unsigned char stack_flags[64];
    unsigned char *is_integer = stack_flags;
    if (columns > (int)sizeof stack_flags) {
        is_integer = malloc((size_t)columns);
        if (is_integer == NULL) {
            bench_fail(error, "postgres %s: out of memory", what);
            return -1;
        }
    }
    for (int column = 0; column < columns; column++) {
        Oid type = PQftype(result, column);
        is_integer[column] = type == OID_INT8 || type == OID_INT2 || type == OID_INT4;
    }
    int failed = 0;
    for (int row = 0; row < rows && !failed; row++) {
        for (int column = 0; column < columns; column++) {
            if (PQgetisnull(result, row, column)) {
                continue;
            }
            const char *value = PQgetvalue(result, row, column);
            if (is_integer[column]) {
                sums->integers += (uint64_t)strtoll(value, NULL, 10);
                continue;
            }
            char *copy = bench_copy(value, (size_t)PQgetlength(result, row, column));
            if (copy == NULL || bench_ptrs_push(copies, copy) != 0) {
                free(copy);
                bench_fail(error, "postgres %s: out of memory copying values", what);
                failed = 1;
                break;
            }
        }
    }
    if (is_integer != stack_flags) {
        free(is_integer);
    }
    return failed ? -1 : 0;
}

/* Runs a prepared query, which must return rows, copying them all; adds the rows read to
 * `*rows`. */
static int query_prepared(PGconn *conn, const char *name, int parameters,
                          const char *const *values, bench_ptrs *copies, value_sums *sums,
                          int64_t *rows, const char *what, char *error) {
    PGresult *result = PQexecPrepared(conn, name, parameters, values, NULL, NULL, 0);
    if (check_result(conn, result, PGRES_TUPLES_OK, what, name, error) != 0 ||
        copy_result(result, copies, sums, what, error) != 0) {
        PQclear(result);
        return -1;
    }
    *rows += PQntuples(result);
    PQclear(result);
    return 0;
}

/* ---- insert ---- */

/* Every column of `contents`, in table order: what Tandem's records API writes. */
static const char insert_sql[] =
    "INSERT INTO contents (id, user_id, project_id, title, content_type, status, text_content, "
    "summary, media_urls, cover_url, tags, keywords, word_count, read_time_minutes, "
    "ai_generated, generation_params, version, parent_id, created_at, updated_at, deleted_at, "
    "is_deleted) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, "
    "$19, $20, $21, $22)";

enum { CONTENT_COLUMNS = 22 };

/* The integers of a row as text, the buffers `content_values` points into. */
typedef struct {
    char word_count[24];
    char read_time_minutes[24];
    char version[24];
} content_integers;

/* Fills `values` with the 22 columns of `row` as text parameters, in table order (NULL for
 * SQL NULL); the integers are formatted into `integers`, which must outlive `values`. */
static void content_values(const bench_content *row, content_integers *integers,
                           const char *values[CONTENT_COLUMNS]) {
    snprintf(integers->word_count, sizeof integers->word_count, "%" PRId64, row->word_count);
    snprintf(integers->read_time_minutes, sizeof integers->read_time_minutes, "%" PRId64,
             row->read_time_minutes);
    snprintf(integers->version, sizeof integers->version, "%" PRId64, row->version);
    values[0] = row->id;
    values[1] = row->user_id;
    values[2] = row->project_id;
    values[3] = row->title;
    values[4] = row->content_type;
    values[5] = row->status;
    values[6] = row->text_content;
    values[7] = row->summary;
    values[8] = row->media_urls;
    values[9] = row->cover_url;
    values[10] = row->tags;
    values[11] = row->keywords;
    values[12] = integers->word_count;
    values[13] = integers->read_time_minutes;
    values[14] = row->ai_generated ? "t" : "f";
    values[15] = row->generation_params;
    values[16] = integers->version;
    values[17] = row->parent_id;
    values[18] = row->created_at_text;
    values[19] = row->updated_at_text;
    values[20] = row->has_deleted_at ? row->deleted_at_text : NULL;
    values[21] = row->is_deleted ? "t" : "f";
}

double bench_pg_insert(const char *conninfo, const bench_content *rows, int count, char *error) {
    static const char what[] = "insert";
    if (count < 0 || (count > 0 && rows == NULL)) {
        return bench_fail(error, "postgres %s: invalid rows (count %d)", what, count);
    }
    PGconn *conn = connect_database(conninfo, what, error);
    if (conn == NULL) {
        return -1.0;
    }
    double result = -1.0;

    double start = bench_now();
    if (command(conn, "BEGIN", what, error) != 0 ||
        prepare(conn, "bench_insert", insert_sql, CONTENT_COLUMNS, what, error) != 0) {
        goto done;
    }
    for (int i = 0; i < count; i++) {
        content_integers integers;
        const char *values[CONTENT_COLUMNS];
        content_values(&rows[i], &integers, values);
        PGresult *inserted =
            PQexecPrepared(conn, "bench_insert", CONTENT_COLUMNS, values, NULL, NULL, 0);
        if (PQresultStatus(inserted) != PGRES_COMMAND_OK) {
            bench_fail(error, "postgres %s: row %d: %s", what, i, result_message(conn, inserted));
            PQclear(inserted);
            goto done;
        }
        PQclear(inserted);
    }
    if (command(conn, "COMMIT", what, error) != 0) {
        goto done;
    }
    result = bench_now() - start;

done:
    PQfinish(conn);
    return result;
}

/* ---- copy ---- */

static const char copy_sql[] =
    "COPY contents (id, user_id, project_id, title, content_type, status, text_content, "
    "summary, media_urls, cover_url, tags, keywords, word_count, read_time_minutes, "
    "ai_generated, generation_params, version, parent_id, created_at, updated_at, deleted_at, "
    "is_deleted) FROM STDIN";

/* Appends `value` (NULL for SQL NULL) escaped per COPY's text format, then `separator`. */
static int append_field(bench_buffer *buffer, const char *value, char separator) {
    if (value == NULL) {
        if (bench_buffer_reserve(buffer, 3) != 0) {
            return -1;
        }
        buffer->data[buffer->length++] = '\\';
        buffer->data[buffer->length++] = 'N';
        buffer->data[buffer->length++] = separator;
        return 0;
    }
    size_t length = strlen(value);
    if (length > (SIZE_MAX - 1) / 2 || bench_buffer_reserve(buffer, 2 * length + 1) != 0) {
        return -1;
    }
    char *out = buffer->data + buffer->length;
    for (size_t i = 0; i < length; i++) {
        char c = value[i];
        switch (c) {
        case '\\':
            *out++ = '\\';
            *out++ = '\\';
            break;
        case '\n':
            *out++ = '\\';
            *out++ = 'n';
            break;
        case '\r':
            *out++ = '\\';
            *out++ = 'r';
            break;
        case '\t':
            *out++ = '\\';
            *out++ = 't';
            break;
        default:
            *out++ = c;
            break;
        }
    }
    *out++ = separator;
    buffer->length = (size_t)(out - buffer->data);
    return 0;
}

/* Appends the 22 columns of `row` as one line of COPY text. */
static int append_row(bench_buffer *buffer, const bench_content *row) {
    content_integers integers;
    const char *values[CONTENT_COLUMNS];
    content_values(row, &integers, values);
    for (int column = 0; column < CONTENT_COLUMNS; column++) {
        char separator = column == CONTENT_COLUMNS - 1 ? '\n' : '\t';
        if (append_field(buffer, values[column], separator) != 0) {
            return -1;
        }
    }
    return 0;
}

static int send_copy_data(PGconn *conn, bench_buffer *buffer, const char *what, char *error) {
    if (buffer->length == 0) {
        return 0;
    }
    if (PQputCopyData(conn, buffer->data, (int)buffer->length) != 1) {
        bench_fail(error, "postgres %s: PQputCopyData: %s", what, PQerrorMessage(conn));
        return -1;
    }
    buffer->length = 0;
    return 0;
}

double bench_pg_copy(const char *conninfo, const bench_content *rows, int count, char *error) {
    static const char what[] = "copy";
    if (count < 0 || (count > 0 && rows == NULL)) {
        return bench_fail(error, "postgres %s: invalid rows (count %d)", what, count);
    }
    PGconn *conn = connect_database(conninfo, what, error);
    if (conn == NULL) {
        return -1.0;
    }
    bench_buffer buffer = {0};
    int copying = 0;
    double result = -1.0;

    double start = bench_now();
    if (command(conn, "BEGIN", what, error) != 0) {
        goto done;
    }
    PGresult *started = PQexec(conn, copy_sql);
    if (check_result(conn, started, PGRES_COPY_IN, what, "COPY", error) != 0) {
        PQclear(started);
        goto done;
    }
    PQclear(started);
    copying = 1;
    if (bench_buffer_reserve(&buffer, COPY_CHUNK + COPY_CHUNK / 2) != 0) {
        bench_fail(error, "postgres %s: out of memory", what);
        goto done;
    }
    for (int i = 0; i < count; i++) {
        if (append_row(&buffer, &rows[i]) != 0) {
            bench_fail(error, "postgres %s: out of memory encoding row %d", what, i);
            goto done;
        }
        if (buffer.length >= COPY_CHUNK && send_copy_data(conn, &buffer, what, error) != 0) {
            goto done;
        }
    }
    if (send_copy_data(conn, &buffer, what, error) != 0) {
        goto done;
    }
    copying = 0;
    if (PQputCopyEnd(conn, NULL) != 1) {
        bench_fail(error, "postgres %s: PQputCopyEnd: %s", what, PQerrorMessage(conn));
        goto done;
    }
    PGresult *finished = PQgetResult(conn);
    int failed = check_result(conn, finished, PGRES_COMMAND_OK, what, "COPY", error);
    PQclear(finished);
    /* Drain to the end of the command so the connection is ready for COMMIT. */
    PGresult *extra;
    while ((extra = PQgetResult(conn)) != NULL) {
        PQclear(extra);
    }
    if (failed != 0 || command(conn, "COMMIT", what, error) != 0) {
        goto done;
    }
    bench_buffer_destroy(&buffer);
    result = bench_now() - start;

done:
    if (copying) {
        /* Abandon the COPY so the server ends it (and the transaction) cleanly. */
        if (PQputCopyEnd(conn, "bench_pg_copy failed") == 1) {
            PGresult *rest;
            while ((rest = PQgetResult(conn)) != NULL) {
                PQclear(rest);
            }
        }
    }
    bench_buffer_destroy(&buffer);
    PQfinish(conn);
    return result;
}

/* ---- fetch ---- */

double bench_pg_fetch(const char *conninfo, int64_t *read, char *error) {
    static const char what[] = "fetch";
    if (read != NULL) {
        *read = 0;
    }
    PGconn *conn = connect_database(conninfo, what, error);
    if (conn == NULL) {
        return -1.0;
    }
    bench_ptrs copies = {0};
    value_sums sums = {0, 0.0};
    int64_t rows = 0;
    double result = -1.0;

    double start = bench_now();
    PGresult *fetched = PQexec(conn, "SELECT * FROM contents WHERE is_deleted = false ORDER BY id");
    if (check_result(conn, fetched, PGRES_TUPLES_OK, what, "SELECT", error) != 0 ||
        copy_result(fetched, &copies, &sums, what, error) != 0) {
        PQclear(fetched);
        goto done;
    }
    rows = PQntuples(fetched);
    bench_ptrs_destroy(&copies);
    PQclear(fetched);
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = rows;
    }

done:
    bench_ptrs_destroy(&copies);
    PQfinish(conn);
    return result;
}

/* ---- paginate ---- */

static const char first_page_sql[] =
    "SELECT * FROM contents WHERE user_id = $1 AND status = $2 AND is_deleted = false "
    "ORDER BY created_at DESC, id DESC LIMIT $3";

static const char next_page_sql[] =
    "SELECT * FROM contents WHERE user_id = $1 AND status = $2 AND is_deleted = false "
    "AND (created_at, id) < ($3, $4) "
    "ORDER BY created_at DESC, id DESC LIMIT $5";

double bench_pg_paginate(const char *conninfo, const char *user_id, const char *status,
                         int pages, int page_size, int64_t *read, char *error) {
    static const char what[] = "paginate";
    if (read != NULL) {
        *read = 0;
    }
    if (pages < 0 || page_size <= 0) {
        return bench_fail(error, "postgres %s: invalid pages %d or page size %d", what, pages,
                          page_size);
    }
    PGconn *conn = connect_database(conninfo, what, error);
    if (conn == NULL) {
        return -1.0;
    }
    bench_ptrs copies = {0};
    bench_buffer cursor_created = {0};
    bench_buffer cursor_id = {0};
    value_sums sums = {0, 0.0};
    int64_t rows = 0;
    double result = -1.0;

    double start = bench_now();
    if (prepare(conn, "bench_first_page", first_page_sql, 3, what, error) != 0 ||
        prepare(conn, "bench_next_page", next_page_sql, 5, what, error) != 0) {
        goto done;
    }
    char limit[16];
    snprintf(limit, sizeof limit, "%d", page_size);
    int has_cursor = 0;
    int created_column = -1;
    int id_column = -1;
    for (int page = 0; page < pages; page++) {
        PGresult *fetched;
        if (has_cursor) {
            const char *values[5] = {user_id, status, cursor_created.data, cursor_id.data,
                                     limit};
            fetched = PQexecPrepared(conn, "bench_next_page", 5, values, NULL, NULL, 0);
        } else {
            const char *values[3] = {user_id, status, limit};
            fetched = PQexecPrepared(conn, "bench_first_page", 3, values, NULL, NULL, 0);
        }
        if (check_result(conn, fetched, PGRES_TUPLES_OK, what, "page", error) != 0 ||
            copy_result(fetched, &copies, &sums, what, error) != 0) {
            PQclear(fetched);
            goto done;
        }
        int page_rows = PQntuples(fetched);
        rows += page_rows;
        if (page_rows < page_size) {
            has_cursor = 0;
        } else {
            if (created_column < 0 || id_column < 0) {
                created_column = PQfnumber(fetched, "created_at");
                id_column = PQfnumber(fetched, "id");
                if (created_column < 0 || id_column < 0) {
                    bench_fail(error, "postgres %s: contents has no created_at or id column",
                               what);
                    PQclear(fetched);
                    goto done;
                }
            }
            int last = page_rows - 1;
            if (PQgetisnull(fetched, last, created_column) ||
                PQgetisnull(fetched, last, id_column)) {
                bench_fail(error, "postgres %s: page %d: NULL created_at or id", what, page);
                PQclear(fetched);
                goto done;
            }
            if (bench_buffer_set(&cursor_created, PQgetvalue(fetched, last, created_column),
                                 (size_t)PQgetlength(fetched, last, created_column)) != 0 ||
                bench_buffer_set(&cursor_id, PQgetvalue(fetched, last, id_column),
                                 (size_t)PQgetlength(fetched, last, id_column)) != 0) {
                bench_fail(error, "postgres %s: out of memory", what);
                PQclear(fetched);
                goto done;
            }
            has_cursor = 1;
        }
        PQclear(fetched);
        bench_ptrs_clear(&copies);
    }
    bench_ptrs_destroy(&copies);
    bench_buffer_destroy(&cursor_created);
    bench_buffer_destroy(&cursor_id);
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = rows;
    }

done:
    bench_ptrs_destroy(&copies);
    bench_buffer_destroy(&cursor_created);
    bench_buffer_destroy(&cursor_id);
    PQfinish(conn);
    return result;
}

/* ---- lookup and contains ---- */

/* Runs the prepared `sql` once per element of `values`, the last of its parameters; `fixed`,
 * when not NULL, is the first. Copies every row as fetch does. */
static double run_per_value(const char *conninfo, const char *sql, const char *fixed,
                            const char *const *values, int count, int64_t *read,
                            const char *what, char *error) {
    if (read != NULL) {
        *read = 0;
    }
    if (count < 0 || (count > 0 && values == NULL)) {
        return bench_fail(error, "postgres %s: invalid values (count %d)", what, count);
    }
    PGconn *conn = connect_database(conninfo, what, error);
    if (conn == NULL) {
        return -1.0;
    }
    bench_ptrs copies = {0};
    value_sums sums = {0, 0.0};
    int64_t rows = 0;
    double result = -1.0;
    int parameters = fixed != NULL ? 2 : 1;

    double start = bench_now();
    if (prepare(conn, "bench_per_value", sql, parameters, what, error) != 0) {
        goto done;
    }
    for (int i = 0; i < count; i++) {
        const char *arguments[2] = {fixed != NULL ? fixed : values[i], values[i]};
        if (query_prepared(conn, "bench_per_value", parameters, arguments, &copies, &sums, &rows,
                           what, error) != 0) {
            goto done;
        }
        bench_ptrs_clear(&copies);
    }
    bench_ptrs_destroy(&copies);
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = rows;
    }

done:
    bench_ptrs_destroy(&copies);
    PQfinish(conn);
    return result;
}

double bench_pg_lookup(const char *conninfo, const char *const *ids, int count, int64_t *read,
                       char *error) {
    return run_per_value(conninfo, "SELECT * FROM contents WHERE id = $1 AND is_deleted = false",
                         NULL, ids, count, read, "lookup", error);
}

static const char contains_sql[] =
    "SELECT * FROM contents WHERE user_id = $1 AND is_deleted = false "
    "AND tags @> ARRAY[$2]::text[]";

double bench_pg_contains(const char *conninfo, const char *user_id, const char *const *tags,
                         int count, int64_t *read, char *error) {
    return run_per_value(conninfo, contains_sql, user_id, tags, count, read, "contains", error);
}

/* ---- stream ---- */

double bench_pg_stream(const char *conninfo, int64_t rows, int64_t *read, char *error) {
    static const char what[] = "stream";
    if (read != NULL) {
        *read = 0;
    }
    if (rows < 0) {
        return bench_fail(error, "postgres %s: invalid row count %" PRId64, what, rows);
    }
    PGconn *conn = connect_database(conninfo, what, error);
    if (conn == NULL) {
        return -1.0;
    }
    value_sums sums = {0, 0.0};
    int64_t count = 0;
    double result = -1.0;

    double start = bench_now();
    char declare[256];
    snprintf(declare, sizeof declare,
             "DECLARE bench_stream NO SCROLL CURSOR FOR SELECT n, 'row ' || n, n * 0.5::float8 "
             "FROM generate_series(1, %" PRId64 ") AS s(n)",
             rows);
    if (command(conn, "BEGIN", what, error) != 0 || command(conn, declare, what, error) != 0) {
        goto done;
    }
    for (;;) {
        PGresult *fetched = PQexec(conn, "FETCH FORWARD 1000 FROM bench_stream");
        if (check_result(conn, fetched, PGRES_TUPLES_OK, what, "FETCH", error) != 0) {
            PQclear(fetched);
            goto done;
        }
        int fetched_rows = PQntuples(fetched);
        if (fetched_rows == 0) {
            PQclear(fetched);
            break;
        }
        for (int row = 0; row < fetched_rows; row++) {
            sums.integers += (uint64_t)strtoll(PQgetvalue(fetched, row, 0), NULL, 10);
            char *copy = bench_copy(PQgetvalue(fetched, row, 1),
                                    (size_t)PQgetlength(fetched, row, 1));
            if (copy == NULL) {
                bench_fail(error, "postgres %s: out of memory", what);
                PQclear(fetched);
                goto done;
            }
            free(copy);
            sums.reals += strtod(PQgetvalue(fetched, row, 2), NULL);
        }
        count += fetched_rows;
        PQclear(fetched);
    }
    if (command(conn, "CLOSE bench_stream", what, error) != 0 ||
        command(conn, "COMMIT", what, error) != 0) {
        goto done;
    }
    bench_consume(sums.integers, sums.reals);
    result = bench_now() - start;
    if (read != NULL) {
        *read = count;
    }

done:
    PQfinish(conn);
    return result;
}

/* ---- claim ---- */

/* The publishing queue's claim, as PublishingQueue.claimDue writes it. */
static const char claim_sql[] =
    "WITH due AS MATERIALIZED (SELECT id FROM publications "
    "WHERE status = 'scheduled' AND scheduled_at <= $1 "
    "ORDER BY scheduled_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) "
    "UPDATE publications SET status = 'publishing', updated_at = now() "
    "FROM due WHERE publications.id = due.id RETURNING publications.*";

typedef struct {
    PGconn *conn;
    const char *values[2];
    int64_t claimed;
    int failed;
    char error[BENCH_ERROR_SIZE];
} claim_worker;

/* One worker: claims batches in their own transactions until a claim comes back empty. */
static void *claim_loop(void *argument) {
    static const char what[] = "claim";
    claim_worker *worker = argument;
    bench_ptrs copies = {0};
    value_sums sums = {0, 0.0};
    if (prepare(worker->conn, "bench_claim", claim_sql, 2, what, worker->error) != 0) {
        worker->failed = 1;
        return NULL;
    }
    for (;;) {
        int64_t rows = 0;
        if (command(worker->conn, "BEGIN", what, worker->error) != 0 ||
            query_prepared(worker->conn, "bench_claim", 2, worker->values, &copies, &sums, &rows,
                           what, worker->error) != 0 ||
            command(worker->conn, "COMMIT", what, worker->error) != 0) {
            worker->failed = 1;
            break;
        }
        bench_ptrs_clear(&copies);
        worker->claimed += rows;
        if (rows == 0) {
            break;
        }
    }
    bench_ptrs_destroy(&copies);
    bench_consume(sums.integers, sums.reals);
    return NULL;
}

double bench_pg_claim(const char *conninfo, int workers, const char *now_text,
                      const char *batch_text, int64_t *claimed, char *error) {
    static const char what[] = "claim";
    if (claimed != NULL) {
        *claimed = 0;
    }
    if (workers < 1 || workers > 64) {
        return bench_fail(error, "postgres %s: invalid worker count %d", what, workers);
    }
    claim_worker *pool = calloc((size_t)workers, sizeof *pool);
    pthread_t *threads = calloc((size_t)workers, sizeof *threads);
    double result = -1.0;
    int started = 0;
    if (pool == NULL || threads == NULL) {
        bench_fail(error, "postgres %s: out of memory", what);
        goto done;
    }
    for (int i = 0; i < workers; i++) {
        pool[i].conn = connect_database(conninfo, what, error);
        if (pool[i].conn == NULL) {
            goto done;
        }
        pool[i].values[0] = now_text;
        pool[i].values[1] = batch_text;
    }

    double start = bench_now();
    for (; started < workers; started++) {
        if (pthread_create(&threads[started], NULL, claim_loop, &pool[started]) != 0) {
            bench_fail(error, "postgres %s: cannot start a thread", what);
            break;
        }
    }
    for (int i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
    }
    double elapsed = bench_now() - start;
    if (started < workers) {
        goto done;
    }
    int64_t total = 0;
    for (int i = 0; i < workers; i++) {
        if (pool[i].failed) {
            snprintf(error, BENCH_ERROR_SIZE, "%s", pool[i].error);
            goto done;
        }
        total += pool[i].claimed;
    }
    if (claimed != NULL) {
        *claimed = total;
    }
    result = elapsed;

done:
    if (pool != NULL) {
        for (int i = 0; i < workers; i++) {
            if (pool[i].conn != NULL) {
                PQfinish(pool[i].conn);
            }
        }
    }
    free(pool);
    free(threads);
    return result;
}
