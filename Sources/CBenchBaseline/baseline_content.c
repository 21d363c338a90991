#define _POSIX_C_SOURCE 200809L

/*
 * Decoding a row of `contents` into bench_typed_content: the C counterpart of what Tandem's
 * records API does for a `Content` (see baseline_content.h).
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "baseline_common.h"
#include "baseline_content.h"
#include "bench_baseline.h"

static int typed_reads = 0;

void bench_set_typed_reads(int typed) { typed_reads = typed != 0; }

int bench_reads_are_typed(void) { return typed_reads; }

/* ---- text ---- */

/* Whether `length` bytes are well-formed UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF), eight ASCII bytes at a time where it can. */
static int is_utf8(const unsigned char *bytes, size_t length) {
    size_t i = 0;
    while (i < length) {
        if (i + 8 <= length) {
            uint64_t word;
            memcpy(&word, bytes + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        unsigned char lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        size_t extra;
        unsigned char low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2;
            if (lead == 0xE0) low = 0xA0;
            if (lead == 0xED) high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;
        } else {
            return 0;
        }
        if (i + extra >= length) {
            return 0;
        }
        if (bytes[i + 1] < low || bytes[i + 1] > high) {
            return 0;
        }
        for (size_t k = 2; k <= extra; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        i += extra + 1;
    }
    return 1;
}

/* A validated, NUL-terminated copy of `length` bytes into `out`; 0, or -1 with `error` set. */
static int copy_text(const char *text, size_t length, bench_string *out, const char *column,
                     char *error) {
    if (!is_utf8((const unsigned char *)text, length)) {
        bench_fail(error, "decode: %s is not UTF-8", column);
        return -1;
    }
    out->bytes = malloc(length + 1);
    if (out->bytes == NULL) {
        bench_fail(error, "decode: out of memory");
        return -1;
    }
    memcpy(out->bytes, text, length);
    out->bytes[length] = '\0';
    out->length = length;
    return 0;
}

static void free_string(bench_string *string) {
    free(string->bytes);
    string->bytes = NULL;
}

static void free_strings(bench_strings *strings) {
    for (size_t i = 0; i < strings->count; i++) {
        free_string(&strings->items[i]);
    }
    free(strings->items);
    strings->items = NULL;
    strings->count = 0;
}

/* Appends a validated copy of `length` bytes to `strings`, growing it by doubling. */
static int push_string(bench_strings *strings, size_t *capacity, const char *text,
                       size_t length, const char *column, char *error) {
    if (strings->count == *capacity) {
        size_t grown = *capacity == 0 ? 4 : *capacity * 2;
        bench_string *items = realloc(strings->items, grown * sizeof *items);
        if (items == NULL) {
            bench_fail(error, "decode: out of memory");
            return -1;
        }
        strings->items = items;
        *capacity = grown;
    }
    if (copy_text(text, length, &strings->items[strings->count], column, error) != 0) {
        return -1;
    }
    strings->count++;
    return 0;
}

/* ---- scalars ---- */

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Canonical UUID text (36 characters) into 16 bytes. */
static int parse_uuid(const bench_cell *cell, uint8_t out[16], const char *column, char *error) {
    static const int offsets[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    const unsigned char *text = (const unsigned char *)cell->text;
    if (cell->kind != BENCH_CELL_TEXT || cell->length != 36 || text[8] != '-' ||
        text[13] != '-' || text[18] != '-' || text[23] != '-') {
        return (int)bench_fail(error, "decode: %s is not a UUID", column);
    }
    for (int i = 0; i < 16; i++) {
        int high = hex_value(text[offsets[i]]);
        int low = hex_value(text[offsets[i] + 1]);
        if (high < 0 || low < 0) {
            return (int)bench_fail(error, "decode: %s is not a UUID", column);
        }
        out[i] = (uint8_t)(high << 4 | low);
    }
    return 0;
}

/* The index of the case whose name the cell holds. */
static int parse_enum(const bench_cell *cell, const char *const *cases, int count, int *out,
                      const char *column, char *error) {
    if (cell->kind == BENCH_CELL_TEXT) {
        for (int i = 0; i < count; i++) {
            if (strlen(cases[i]) == cell->length &&
                memcmp(cases[i], cell->text, cell->length) == 0) {
                *out = i;
                return 0;
            }
        }
    }
    return (int)bench_fail(error, "decode: %s holds no known case", column);
}

/* An integer: SQLite's INTEGER, or PostgreSQL's decimal text. */
static int parse_integer(const bench_cell *cell, int64_t *out, const char *column, char *error) {
    if (cell->kind == BENCH_CELL_INTEGER) {
        *out = cell->integer;
        return 0;
    }
    if (cell->kind == BENCH_CELL_TEXT && cell->length > 0) {
        char *end = NULL;
        errno = 0;
        long long value = strtoll(cell->text, &end, 10);
        if (errno == 0 && end == cell->text + cell->length) {
            *out = value;
            return 0;
        }
    }
    return (int)bench_fail(error, "decode: %s is not an integer", column);
}

/* A flag: SQLite's 0 or 1, PostgreSQL's t or f. */
static int parse_bool(const bench_cell *cell, int *out, const char *column, char *error) {
    if (cell->kind == BENCH_CELL_INTEGER && (cell->integer == 0 || cell->integer == 1)) {
        *out = (int)cell->integer;
        return 0;
    }
    if (cell->kind == BENCH_CELL_TEXT && cell->length == 1 &&
        (cell->text[0] == 't' || cell->text[0] == 'f')) {
        *out = cell->text[0] == 't';
        return 0;
    }
    return (int)bench_fail(error, "decode: %s is not a flag", column);
}

/* Days from 1970-01-01 to the given proleptic Gregorian date. */
static int64_t days_from_civil(int64_t year, int64_t month, int64_t day) {
    year -= month <= 2;
    int64_t era = (year >= 0 ? year : year - 399) / 400;
    int64_t year_of_era = year - era * 400;
    int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

/* Reads `count` digits at `*position` into `*out`. */
static int digits(const char *text, size_t length, size_t *position, int count, int64_t *out) {
    int64_t value = 0;
    for (int i = 0; i < count; i++, (*position)++) {
        if (*position >= length || text[*position] < '0' || text[*position] > '9') {
            return -1;
        }
        value = value * 10 + (text[*position] - '0');
    }
    *out = value;
    return 0;
}

/* A timestamp: SQLite's microseconds, or PostgreSQL's `YYYY-MM-DD HH:MM:SS[.ffffff]+HH[:MM]`
 * (the session runs in UTC). */
static int parse_timestamp(const bench_cell *cell, int64_t *out, const char *column,
                           char *error) {
    if (cell->kind == BENCH_CELL_INTEGER) {
        *out = cell->integer;
        return 0;
    }
    const char *t = cell->text;
    size_t n = cell->length, p = 0;
    int64_t year, month, day, hour, minute, second, fraction = 0;
    if (cell->kind != BENCH_CELL_TEXT || digits(t, n, &p, 4, &year) != 0 || p >= n ||
        t[p++] != '-' || digits(t, n, &p, 2, &month) != 0 || p >= n || t[p++] != '-' ||
        digits(t, n, &p, 2, &day) != 0 || p >= n || t[p++] != ' ' ||
        digits(t, n, &p, 2, &hour) != 0 || p >= n || t[p++] != ':' ||
        digits(t, n, &p, 2, &minute) != 0 || p >= n || t[p++] != ':' ||
        digits(t, n, &p, 2, &second) != 0) {
        return (int)bench_fail(error, "decode: %s is not a timestamp", column);
    }
    if (p < n && t[p] == '.') {
        p++;
        int places = 0;
        while (p < n && t[p] >= '0' && t[p] <= '9' && places < 6) {
            fraction = fraction * 10 + (t[p++] - '0');
            places++;
        }
        for (; places < 6; places++) {
            fraction *= 10;
        }
    }
    int64_t offset = 0;
    if (p < n && (t[p] == '+' || t[p] == '-')) {
        int sign = t[p++] == '-' ? -1 : 1;
        int64_t hours, minutes = 0;
        if (digits(t, n, &p, 2, &hours) != 0) {
            return (int)bench_fail(error, "decode: %s has a bad offset", column);
        }
        if (p < n && t[p] == ':') {
            p++;
            if (digits(t, n, &p, 2, &minutes) != 0) {
                return (int)bench_fail(error, "decode: %s has a bad offset", column);
            }
        }
        offset = sign * (hours * 3600 + minutes * 60);
    }
    if (p != n || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 60) {
        return (int)bench_fail(error, "decode: %s is not a timestamp", column);
    }
    int64_t seconds =
        days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
    *out = seconds * 1000000 + fraction;
    return 0;
}

/* ---- JSON ---- */

typedef struct {
    const char *text;
    size_t length;
    size_t position;
    int depth;
    bench_buffer scratch; /* unescaped strings */
    char *error;
} json_parser;

static void free_json(bench_json *value);

static void skip_space(json_parser *parser) {
    while (parser->position < parser->length) {
        char c = parser->text[parser->position];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            return;
        }
        parser->position++;
    }
}

static int json_fail(json_parser *parser, const char *reason) {
    return (int)bench_fail(parser->error, "decode: malformed JSON at byte %zu: %s",
                           parser->position, reason);
}

/* Appends the UTF-8 form of `scalar` to the parser's scratch buffer. */
static int append_scalar(json_parser *parser, uint32_t scalar) {
    char bytes[4];
    size_t count;
    if (scalar < 0x80) {
        bytes[0] = (char)scalar;
        count = 1;
    } else if (scalar < 0x800) {
        bytes[0] = (char)(0xC0 | scalar >> 6);
        bytes[1] = (char)(0x80 | (scalar & 0x3F));
        count = 2;
    } else if (scalar < 0x10000) {
        bytes[0] = (char)(0xE0 | scalar >> 12);
        bytes[1] = (char)(0x80 | (scalar >> 6 & 0x3F));
        bytes[2] = (char)(0x80 | (scalar & 0x3F));
        count = 3;
    } else {
        bytes[0] = (char)(0xF0 | scalar >> 18);
        bytes[1] = (char)(0x80 | (scalar >> 12 & 0x3F));
        bytes[2] = (char)(0x80 | (scalar >> 6 & 0x3F));
        bytes[3] = (char)(0x80 | (scalar & 0x3F));
        count = 4;
    }
    if (bench_buffer_reserve(&parser->scratch, count) != 0) {
        return json_fail(parser, "out of memory");
    }
    memcpy(parser->scratch.data + parser->scratch.length, bytes, count);
    parser->scratch.length += count;
    return 0;
}

static int read_hex4(json_parser *parser, uint32_t *out) {
    if (parser->position + 4 > parser->length) {
        return json_fail(parser, "short \\u escape");
    }
    uint32_t value = 0;
    for (int i = 0; i < 4; i++) {
        int digit = hex_value((unsigned char)parser->text[parser->position++]);
        if (digit < 0) {
            return json_fail(parser, "bad \\u escape");
        }
        value = value << 4 | (uint32_t)digit;
    }
    *out = value;
    return 0;
}

/* A string at the opening quote, unescaped and validated, into `out`. */
static int parse_json_string(json_parser *parser, bench_string *out) {
    parser->position++;
    size_t start = parser->position;
    while (parser->position < parser->length) {
        unsigned char c = (unsigned char)parser->text[parser->position];
        if (c == '"' || c == '\\' || c < 0x20) {
            break;
        }
        parser->position++;
    }
    if (parser->position < parser->length && parser->text[parser->position] == '"') {
        parser->position++;
        return copy_text(parser->text + start, parser->position - 1 - start, out, "JSON",
                         parser->error);
    }
    parser->scratch.length = 0;
    if (bench_buffer_reserve(&parser->scratch, parser->position - start) != 0) {
        return json_fail(parser, "out of memory");
    }
    memcpy(parser->scratch.data, parser->text + start, parser->position - start);
    parser->scratch.length = parser->position - start;
    while (parser->position < parser->length) {
        unsigned char c = (unsigned char)parser->text[parser->position++];
        if (c == '"') {
            return copy_text(parser->scratch.data, parser->scratch.length, out, "JSON",
                             parser->error);
        }
        if (c < 0x20) {
            return json_fail(parser, "control character in a string");
        }
        uint32_t scalar = c;
        if (c == '\\') {
            if (parser->position >= parser->length) {
                break;
            }
            char escape = parser->text[parser->position++];
            switch (escape) {
            case '"': scalar = '"'; break;
            case '\\': scalar = '\\'; break;
            case '/': scalar = '/'; break;
            case 'b': scalar = '\b'; break;
            case 'f': scalar = '\f'; break;
            case 'n': scalar = '\n'; break;
            case 'r': scalar = '\r'; break;
            case 't': scalar = '\t'; break;
            case 'u': {
                if (read_hex4(parser, &scalar) != 0) {
                    return -1;
                }
                if (scalar >= 0xD800 && scalar <= 0xDBFF) {
                    uint32_t low;
                    if (parser->position + 2 > parser->length ||
                        parser->text[parser->position] != '\\' ||
                        parser->text[parser->position + 1] != 'u') {
                        return json_fail(parser, "lone surrogate");
                    }
                    parser->position += 2;
                    if (read_hex4(parser, &low) != 0) {
                        return -1;
                    }
                    if (low < 0xDC00 || low > 0xDFFF) {
                        return json_fail(parser, "lone surrogate");
                    }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00);
                } else if (scalar >= 0xDC00 && scalar <= 0xDFFF) {
                    return json_fail(parser, "lone surrogate");
                }
                break;
            }
            default: return json_fail(parser, "bad escape");
            }
            if (append_scalar(parser, scalar) != 0) {
                return -1;
            }
            continue;
        }
        if (bench_buffer_reserve(&parser->scratch, 1) != 0) {
            return json_fail(parser, "out of memory");
        }
        parser->scratch.data[parser->scratch.length++] = (char)c;
    }
    return json_fail(parser, "unterminated string");
}

static int parse_json_value(json_parser *parser, bench_json *out);

/* Appends a zeroed child (and key slot) to an array or object. */
static bench_json *push_child(json_parser *parser, bench_json *parent, size_t *capacity) {
    if (parent->count == *capacity) {
        size_t grown = *capacity == 0 ? 4 : *capacity * 2;
        bench_json *children = realloc(parent->children, grown * sizeof *children);
        if (children == NULL) {
            json_fail(parser, "out of memory");
            return NULL;
        }
        parent->children = children;
        if (parent->kind == BENCH_JSON_OBJECT) {
            bench_string *keys = realloc(parent->keys, grown * sizeof *keys);
            if (keys == NULL) {
                json_fail(parser, "out of memory");
                return NULL;
            }
            parent->keys = keys;
        }
        *capacity = grown;
    }
    bench_json *child = &parent->children[parent->count];
    memset(child, 0, sizeof *child);
    if (parent->kind == BENCH_JSON_OBJECT) {
        parent->keys[parent->count].bytes = NULL;
    }
    parent->count++;
    return child;
}

static int parse_json_container(json_parser *parser, bench_json *out, int is_object) {
    if (++parser->depth > 512) {
        return json_fail(parser, "nested too deeply");
    }
    out->kind = is_object ? BENCH_JSON_OBJECT : BENCH_JSON_ARRAY;
    char close = is_object ? '}' : ']';
    size_t capacity = 0;
    parser->position++;
    skip_space(parser);
    if (parser->position < parser->length && parser->text[parser->position] == close) {
        parser->position++;
        parser->depth--;
        return 0;
    }
    for (;;) {
        skip_space(parser);
        bench_json *child = push_child(parser, out, &capacity);
        if (child == NULL) {
            return -1;
        }
        if (is_object) {
            if (parser->position >= parser->length || parser->text[parser->position] != '"') {
                return json_fail(parser, "expected a key");
            }
            if (parse_json_string(parser, &out->keys[out->count - 1]) != 0) {
                return -1;
            }
            skip_space(parser);
            if (parser->position >= parser->length || parser->text[parser->position] != ':') {
                return json_fail(parser, "expected ':'");
            }
            parser->position++;
        }
        if (parse_json_value(parser, child) != 0) {
            return -1;
        }
        skip_space(parser);
        if (parser->position >= parser->length) {
            return json_fail(parser, "unterminated container");
        }
        char c = parser->text[parser->position++];
        if (c == close) {
            parser->depth--;
            return 0;
        }
        if (c != ',') {
            return json_fail(parser, "expected ',' or a closing bracket");
        }
    }
}

static int parse_json_literal(json_parser *parser, const char *word) {
    size_t length = strlen(word);
    if (parser->position + length > parser->length ||
        memcmp(parser->text + parser->position, word, length) != 0) {
        return json_fail(parser, "unexpected character");
    }
    parser->position += length;
    return 0;
}

static int parse_json_number(json_parser *parser, bench_json *out) {
    size_t start = parser->position;
    int is_integer = 1;
    const char *t = parser->text;
    size_t n = parser->length;
    if (parser->position < n && t[parser->position] == '-') parser->position++;
    if (parser->position >= n || t[parser->position] < '0' || t[parser->position] > '9') {
        return json_fail(parser, "unexpected character");
    }
    while (parser->position < n && t[parser->position] >= '0' && t[parser->position] <= '9') {
        parser->position++;
    }
    if (parser->position < n && (t[parser->position] == '.' || t[parser->position] == 'e' ||
                                 t[parser->position] == 'E')) {
        is_integer = 0;
        while (parser->position < n &&
               strchr("0123456789.eE+-", t[parser->position]) != NULL) {
            parser->position++;
        }
    }
    char number[64];
    size_t length = parser->position - start;
    if (length >= sizeof number) {
        is_integer = 0;
        length = sizeof number - 1;
    }
    memcpy(number, t + start, length);
    number[length] = '\0';
    if (is_integer) {
        errno = 0;
        long long value = strtoll(number, NULL, 10);
        if (errno == 0) {
            out->kind = BENCH_JSON_INTEGER;
            out->integer = value;
            return 0;
        }
    }
    out->kind = BENCH_JSON_DOUBLE;
    out->real = strtod(number, NULL);
    return 0;
}

static int parse_json_value(json_parser *parser, bench_json *out) {
    skip_space(parser);
    if (parser->position >= parser->length) {
        return json_fail(parser, "unexpected end");
    }
    switch (parser->text[parser->position]) {
    case '{': return parse_json_container(parser, out, 1);
    case '[': return parse_json_container(parser, out, 0);
    case '"':
        out->kind = BENCH_JSON_STRING;
        return parse_json_string(parser, &out->string);
    case 't':
        out->kind = BENCH_JSON_BOOL;
        out->boolean = 1;
        return parse_json_literal(parser, "true");
    case 'f':
        out->kind = BENCH_JSON_BOOL;
        return parse_json_literal(parser, "false");
    case 'n':
        out->kind = BENCH_JSON_NULL;
        return parse_json_literal(parser, "null");
    default: return parse_json_number(parser, out);
    }
}

/* A whole JSON document into a malloc'd tree; NULL with `error` set when malformed. */
static bench_json *parse_json(const char *text, size_t length, char *error) {
    json_parser parser = {text, length, 0, 0, {0}, error};
    bench_json *value = calloc(1, sizeof *value);
    if (value == NULL) {
        bench_fail(error, "decode: out of memory");
        return NULL;
    }
    int failed = parse_json_value(&parser, value);
    skip_space(&parser);
    if (!failed && parser.position != length) {
        failed = json_fail(&parser, "text after the value");
    }
    bench_buffer_destroy(&parser.scratch);
    if (failed) {
        free_json(value);
        free(value);
        return NULL;
    }
    return value;
}

static void free_json(bench_json *value) {
    if (value == NULL) {
        return;
    }
    free_string(&value->string);
    for (size_t i = 0; i < value->count; i++) {
        free_json(&value->children[i]);
        if (value->keys != NULL) {
            free_string(&value->keys[i]);
        }
    }
    free(value->children);
    free(value->keys);
}

/* ---- text arrays ---- */

/* SQLite's JSON array of strings, or PostgreSQL's array literal ({a,"b c"}), into strings. */
static int parse_text_array(const bench_cell *cell, bench_spelling spelling, bench_strings *out,
                            const char *column, char *error) {
    if (cell->kind != BENCH_CELL_TEXT) {
        return (int)bench_fail(error, "decode: %s is not a text array", column);
    }
    size_t capacity = 0;
    if (spelling == BENCH_SPELLING_SQLITE) {
        bench_json *array = parse_json(cell->text, cell->length, error);
        if (array == NULL) {
            return -1;
        }
        int failed = array->kind != BENCH_JSON_ARRAY;
        for (size_t i = 0; !failed && i < array->count; i++) {
            bench_json *element = &array->children[i];
            failed = element->kind != BENCH_JSON_STRING ||
                     push_string(out, &capacity, element->string.bytes, element->string.length,
                                 column, error) != 0;
        }
        free_json(array);
        free(array);
        if (failed) {
            free_strings(out);
            return (int)bench_fail(error, "decode: %s is not an array of strings", column);
        }
        return 0;
    }

    const char *t = cell->text;
    size_t n = cell->length;
    if (n < 2 || t[0] != '{' || t[n - 1] != '}') {
        return (int)bench_fail(error, "decode: %s is not an array literal", column);
    }
    bench_buffer element = {0};
    size_t p = 1;
    int failed = 0;
    while (p < n - 1 && !failed) {
        element.length = 0;
        if (t[p] == '"') {
            p++;
            while (p < n - 1 && t[p] != '"' && !failed) {
                if (t[p] == '\\') p++;
                failed = bench_buffer_reserve(&element, 1) != 0;
                if (!failed) element.data[element.length++] = t[p++];
            }
            p++; /* the closing quote */
        } else {
            size_t start = p;
            while (p < n - 1 && t[p] != ',') p++;
            if (p - start == 4 && memcmp(t + start, "NULL", 4) == 0) {
                failed = 1;
                break;
            }
            failed = bench_buffer_set(&element, t + start, p - start) != 0;
        }
        if (!failed) {
            failed = push_string(out, &capacity, element.length ? element.data : "",
                                 element.length, column, error) != 0;
        }
        if (p < n - 1 && t[p] == ',') p++;
    }
    bench_buffer_destroy(&element);
    if (failed) {
        free_strings(out);
        return (int)bench_fail(error, "decode: %s is not an array of strings", column);
    }
    return 0;
}

/* ---- the row ---- */

static const char *const content_types[] = {"text", "image", "video", "article"};
static const char *const content_statuses[] = {"draft", "ready", "published", "archived"};

/* An optional text column: NULL stays NULL. */
static int optional_text(const bench_cell *cell, bench_string *out, const char *column,
                         char *error) {
    if (cell->kind == BENCH_CELL_NULL) {
        return 0;
    }
    if (cell->kind != BENCH_CELL_TEXT) {
        return (int)bench_fail(error, "decode: %s is not text", column);
    }
    return copy_text(cell->text, cell->length, out, column, error);
}

bench_typed_content *bench_typed_content_decode(const bench_cell *cells, bench_spelling spelling,
                                                char *error) {
    bench_typed_content *row = calloc(1, sizeof *row);
    if (row == NULL) {
        bench_fail(error, "decode: out of memory");
        return NULL;
    }
    int failed =
        parse_uuid(&cells[0], row->id, "id", error) != 0 ||
        parse_uuid(&cells[1], row->user_id, "user_id", error) != 0 ||
        parse_uuid(&cells[2], row->project_id, "project_id", error) != 0 ||
        optional_text(&cells[3], &row->title, "title", error) != 0 ||
        parse_enum(&cells[4], content_types, 4, &row->content_type, "content_type", error) !=
            0 ||
        parse_enum(&cells[5], content_statuses, 4, &row->status, "status", error) != 0 ||
        optional_text(&cells[6], &row->text_content, "text_content", error) != 0 ||
        optional_text(&cells[7], &row->summary, "summary", error) != 0 ||
        parse_text_array(&cells[8], spelling, &row->media_urls, "media_urls", error) != 0 ||
        optional_text(&cells[9], &row->cover_url, "cover_url", error) != 0 ||
        parse_text_array(&cells[10], spelling, &row->tags, "tags", error) != 0 ||
        parse_text_array(&cells[11], spelling, &row->keywords, "keywords", error) != 0 ||
        parse_integer(&cells[12], &row->word_count, "word_count", error) != 0 ||
        parse_integer(&cells[13], &row->read_time_minutes, "read_time_minutes", error) != 0 ||
        parse_bool(&cells[14], &row->ai_generated, "ai_generated", error) != 0 ||
        parse_integer(&cells[16], &row->version, "version", error) != 0 ||
        parse_timestamp(&cells[18], &row->created_at, "created_at", error) != 0 ||
        parse_timestamp(&cells[19], &row->updated_at, "updated_at", error) != 0 ||
        parse_bool(&cells[21], &row->is_deleted, "is_deleted", error) != 0;
    if (!failed && cells[15].kind != BENCH_CELL_NULL) {
        row->generation_params =
            cells[15].kind == BENCH_CELL_TEXT
                ? parse_json(cells[15].text, cells[15].length, error)
                : NULL;
        failed = row->generation_params == NULL;
    }
    if (!failed && cells[17].kind != BENCH_CELL_NULL) {
        row->has_parent_id = 1;
        failed = parse_uuid(&cells[17], row->parent_id, "parent_id", error) != 0;
    }
    if (!failed && cells[20].kind != BENCH_CELL_NULL) {
        row->has_deleted_at = 1;
        failed = parse_timestamp(&cells[20], &row->deleted_at, "deleted_at", error) != 0;
    }
    if (failed) {
        bench_typed_content_free(row);
        return NULL;
    }
    return row;
}

void bench_typed_content_free(void *content) {
    bench_typed_content *row = content;
    if (row == NULL) {
        return;
    }
    free(row->kept_text);
    free_string(&row->title);
    free_string(&row->text_content);
    free_string(&row->summary);
    free_string(&row->cover_url);
    free_strings(&row->media_urls);
    free_strings(&row->tags);
    free_strings(&row->keywords);
    if (row->generation_params != NULL) {
        free_json(row->generation_params);
        free(row->generation_params);
    }
    free(row);
}
