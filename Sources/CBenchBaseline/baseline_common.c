#define _POSIX_C_SOURCE 200809L

#include "baseline_common.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_baseline.h"

/* Per thread, so that baselines run on different threads never race on the sinks. */
static _Thread_local void *volatile copy_sink;
static _Thread_local volatile uint64_t integer_sink;
static _Thread_local volatile double real_sink;

double bench_now(void) {
    struct timespec now;
    if (clock_gettime(CLOCK_MONOTONIC, &now) != 0) {
        return 0.0;
    }
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

double bench_fail(char *error, const char *format, ...) {
    if (error == NULL) {
        return -1.0;
    }
    va_list arguments;
    va_start(arguments, format);
    int written = vsnprintf(error, BENCH_ERROR_SIZE, format, arguments);
    va_end(arguments);
    if (written < 0) {
        error[0] = '\0';
        return -1.0;
    }
    size_t length = strlen(error);
    while (length > 0 && (error[length - 1] == '\n' || error[length - 1] == '\r' ||
                          error[length - 1] == ' ' || error[length - 1] == '\t')) {
        error[--length] = '\0';
    }
    return -1.0;
}

char *bench_copy(const void *source, size_t length) {
    char *copy = malloc(length + 1);
    if (copy == NULL) {
        return NULL;
    }
    if (length > 0) {
        memcpy(copy, source, length);
    }
    copy[length] = '\0';
    copy_sink = copy;
    return copy;
}

void bench_consume(uint64_t integers, double reals) {
    integer_sink = integer_sink + integers;
    real_sink = real_sink + reals;
}

int bench_ptrs_push(bench_ptrs *ptrs, void *item) {
    if (ptrs->count == ptrs->capacity) {
        size_t capacity = ptrs->capacity == 0 ? 256 : ptrs->capacity * 2;
        if (capacity > SIZE_MAX / sizeof(void *)) {
            return -1;
        }
        void **items = realloc(ptrs->items, capacity * sizeof(void *));
        if (items == NULL) {
            return -1;
        }
        ptrs->items = items;
        ptrs->capacity = capacity;
    }
    ptrs->items[ptrs->count++] = item;
    return 0;
}

void bench_ptrs_clear(bench_ptrs *ptrs) {
    for (size_t i = 0; i < ptrs->count; i++) {
        if (ptrs->release != NULL) {
            ptrs->release(ptrs->items[i]);
        } else {
            free(ptrs->items[i]);
        }
    }
    ptrs->count = 0;
}

void bench_ptrs_destroy(bench_ptrs *ptrs) {
    bench_ptrs_clear(ptrs);
    free(ptrs->items);
    ptrs->items = NULL;
    ptrs->capacity = 0;
}

int bench_buffer_reserve(bench_buffer *buffer, size_t extra) {
    if (extra > SIZE_MAX - buffer->length) {
        return -1;
    }
    size_t needed = buffer->length + extra;
    if (needed <= buffer->capacity) {
        return 0;
    }
    size_t capacity = buffer->capacity == 0 ? 64 : buffer->capacity;
    while (capacity < needed) {
        if (capacity > SIZE_MAX / 2) {
            capacity = needed;
            break;
        }
        capacity *= 2;
    }
    char *data = realloc(buffer->data, capacity);
    if (data == NULL) {
        return -1;
    }
    buffer->data = data;
    buffer->capacity = capacity;
    return 0;
}

int bench_buffer_set(bench_buffer *buffer, const void *source, size_t length) {
    buffer->length = 0;
    if (length == SIZE_MAX || bench_buffer_reserve(buffer, length + 1) != 0) {
        return -1;
    }
    if (length > 0) {
        memcpy(buffer->data, source, length);
    }
    buffer->data[length] = '\0';
    buffer->length = length;
    return 0;
}

void bench_buffer_destroy(bench_buffer *buffer) {
    free(buffer->data);
    buffer->data = NULL;
    buffer->length = 0;
    buffer->capacity = 0;
}
