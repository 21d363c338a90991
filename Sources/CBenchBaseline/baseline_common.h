#ifndef TANDEM_BENCH_BASELINE_COMMON_H
#define TANDEM_BENCH_BASELINE_COMMON_H

/*
 * Helpers shared by the C baselines: the clock, error reporting, copies of values read, and
 * the growable buffers the workloads collect them in. Private to CBenchBaseline.
 */

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__) || defined(__clang__)
#define BENCH_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#else
#define BENCH_PRINTF(fmt, args)
#endif

/* Seconds on CLOCK_MONOTONIC. */
double bench_now(void);

/* Formats a message of at most BENCH_ERROR_SIZE bytes (NUL included) into `error`, dropping
 * trailing whitespace (libpq's messages end with a newline). Does nothing if `error` is NULL.
 * Returns -1.0, the failure value of every baseline. */
double bench_fail(char *error, const char *format, ...) BENCH_PRINTF(2, 3);

/* A malloc'd copy of `length` bytes of `source`, NUL-terminated; NULL when out of memory. The
 * copy is published to a volatile sink so the compiler cannot elide the allocation and the
 * copy even when the caller frees it at once. */
char *bench_copy(const void *source, size_t length);

/* Keeps integer and floating-point values read "used": folds them into a volatile sink.
 * Integers are summed as uint64_t by the callers, where wrapping is defined. */
void bench_consume(uint64_t integers, double reals);

/* A growable array of malloc'd pointers, all freed together: with `release` when it is set,
 * with free() otherwise. */
typedef struct {
    void **items;
    size_t count;
    size_t capacity;
    void (*release)(void *item);
} bench_ptrs;

/* Appends `item`; returns 0, or -1 when out of memory (the item is not taken then). */
int bench_ptrs_push(bench_ptrs *ptrs, void *item);
/* Frees every item and empties the array (the storage is kept for reuse). */
void bench_ptrs_clear(bench_ptrs *ptrs);
/* Frees every item and the storage. */
void bench_ptrs_destroy(bench_ptrs *ptrs);

/* A growable byte buffer. */
typedef struct {
    char *data;
    size_t length;
    size_t capacity;
} bench_buffer;

/* Makes room for `extra` more bytes; returns 0, or -1 when out of memory. */
int bench_buffer_reserve(bench_buffer *buffer, size_t extra);
/* Replaces the contents with `length` bytes of `source` plus a NUL (not counted in length);
 * returns 0, or -1 when out of memory. */
int bench_buffer_set(bench_buffer *buffer, const void *source, size_t length);
void bench_buffer_destroy(bench_buffer *buffer);

#endif
