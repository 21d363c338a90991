#ifndef TANDEM_BENCH_BASELINE_CONTENT_H
#define TANDEM_BENCH_BASELINE_CONTENT_H

/*
 * The typed side of the C read baselines: one row of `contents` decoded into a C struct with
 * the same information a Swift `Content` holds, so that the C side does the work Tandem's
 * records API does. Private to CBenchBaseline.
 *
 * Decoding means: UUID text parsed into 16 bytes, text validated as UTF-8 and copied into
 * malloc'd memory, enums matched to their index, timestamps read as microseconds since 1970,
 * text arrays split into malloc'd strings, JSON parsed into a tree of malloc'd nodes, every
 * integer and flag read. A value that does not decode fails the row, as it fails in Tandem.
 */

#include <stddef.h>
#include <stdint.h>

/* A malloc'd UTF-8 string; `bytes` is NULL for SQL NULL. */
typedef struct {
    char *bytes;
    size_t length;
} bench_string;

/* A malloc'd array of strings. */
typedef struct {
    bench_string *items;
    size_t count;
} bench_strings;

typedef enum {
    BENCH_JSON_NULL,
    BENCH_JSON_BOOL,
    BENCH_JSON_INTEGER,
    BENCH_JSON_DOUBLE,
    BENCH_JSON_STRING,
    BENCH_JSON_ARRAY,
    BENCH_JSON_OBJECT,
} bench_json_kind;

/* A JSON value; arrays and objects own `count` children (and, for objects, keys). */
typedef struct bench_json {
    bench_json_kind kind;
    int boolean;
    int64_t integer;
    double real;
    bench_string string;
    struct bench_json *children;
    bench_string *keys;
    size_t count;
} bench_json;

/* One decoded row of `contents`. */
typedef struct {
    uint8_t id[16];
    uint8_t user_id[16];
    uint8_t project_id[16];
    bench_string title;
    int content_type;
    int status;
    bench_string text_content;
    bench_string summary;
    bench_strings media_urls;
    bench_string cover_url;
    bench_strings tags;
    bench_strings keywords;
    int64_t word_count;
    int64_t read_time_minutes;
    int ai_generated;
    bench_json *generation_params; /* NULL for SQL NULL */
    int64_t version;
    int has_parent_id;
    uint8_t parent_id[16];
    int64_t created_at; /* microseconds since 1970, UTC */
    int64_t updated_at;
    int has_deleted_at;
    int64_t deleted_at;
    int is_deleted;
    /* A copy of one column's text a read baseline keeps for itself (the paginate cursor's id),
     * or NULL. */
    char *kept_text;
} bench_typed_content;

/* How one column of a row arrives from the engine. */
typedef enum {
    BENCH_CELL_NULL,
    BENCH_CELL_TEXT,    /* `text` and `length` hold the value's text */
    BENCH_CELL_INTEGER, /* `integer` holds it (SQLite's INTEGER storage class) */
} bench_cell_kind;

typedef struct {
    bench_cell_kind kind;
    const char *text;
    size_t length;
    int64_t integer;
} bench_cell;

/* How each engine spells values: SQLite stores timestamps and flags as integers and arrays
 * as JSON; PostgreSQL sends every value as text, arrays as array literals. */
typedef enum {
    BENCH_SPELLING_SQLITE,
    BENCH_SPELLING_POSTGRES,
} bench_spelling;

/* The number of columns of `contents`, in table order (bench_content's order). */
#define BENCH_CONTENT_COLUMNS 22

/* Whether the read baselines decode rows (1) or copy their bytes (0); see
 * bench_set_typed_reads. */
int bench_reads_are_typed(void);

/* Decodes the BENCH_CONTENT_COLUMNS cells of one row into a malloc'd struct, to be freed with
 * bench_typed_content_free. Returns NULL with `error` set when a value does not decode or
 * memory runs out. */
bench_typed_content *bench_typed_content_decode(const bench_cell *cells, bench_spelling spelling,
                                                char *error);

/* Frees a struct from bench_typed_content_decode and everything it owns (NULL is fine). */
void bench_typed_content_free(void *content);

#endif
