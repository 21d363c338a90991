#ifndef TANDEM_CSQLITE_SHIM_H
#define TANDEM_CSQLITE_SHIM_H

#include <sqlite3.h>

/// Binds text that SQLite copies before the call returns (SQLITE_TRANSIENT), so the
/// Swift buffer may be released right after.
static inline int tandem_sqlite3_bind_text_copy(sqlite3_stmt *statement, int index,
                                                const char *text, int length) {
    return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}

/// Binds a blob that SQLite copies before the call returns.
static inline int tandem_sqlite3_bind_blob_copy(sqlite3_stmt *statement, int index,
                                                const void *bytes, int length) {
    return sqlite3_bind_blob(statement, index, bytes, length, SQLITE_TRANSIENT);
}

/// Sets the busy timeout; wrapped so Swift never calls a variadic `sqlite3_db_config`.
static inline int tandem_sqlite3_enable_foreign_keys(sqlite3 *db) {
    int enabled = 0;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, &enabled);
}

#endif
