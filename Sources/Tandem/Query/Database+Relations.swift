import Foundation

/// Loading related records in a bounded number of queries: one per 500 parents, never one per
/// parent.
extension Database {
    /// The children of each parent, by parent `id`: the records of `query` whose `key` holds a
    /// parent's `id`, in the query's order. Parents without children are absent.
    ///
    /// ```swift
    /// let users = try db.fetchAll(User.all().limit(50))
    /// let projects = try db.fetchChildren(Project.all(), via: \.userID, of: users)
    /// let firstUsersProjects = projects[users[0].id] ?? []
    /// ```
    public func fetchChildren<Parent: Model, Child: Model>(
        _ query: Query<Child>, via key: KeyPath<Child, UUID>, of parents: [Parent]
    ) throws -> [UUID: [Child]] {
        nonisolated(unsafe) let key = key
        return try children(query, of: parents.map(\.id), filter: { .isIn(key, $0) }) {
            $0[keyPath: key]
        }
    }

    /// The children of each parent through an optional key, by parent `id`.
    public func fetchChildren<Parent: Model, Child: Model>(
        _ query: Query<Child>, via key: KeyPath<Child, UUID?>, of parents: [Parent]
    ) throws -> [UUID: [Child]] {
        nonisolated(unsafe) let key = key
        return try children(query, of: parents.map(\.id), filter: { .isIn(key, $0.map { $0 }) }) {
            $0[keyPath: key]
        }
    }

    /// The parent of each child, by parent `id`: the `Parent` records whose `id` some child
    /// holds in `key`. Parents marked deleted are left out unless `deletedRows` says
    /// otherwise.
    ///
    /// ```swift
    /// let users = try db.fetchParents(User.self, via: \Content.userID, of: contents)
    /// let author = users[contents[0].userID]
    /// ```
    public func fetchParents<Parent: Model, Child: Model>(
        _ type: Parent.Type, via key: KeyPath<Child, UUID>, of children: [Child],
        including deletedRows: Query<Parent>.DeletedRows = .excluded
    ) throws -> [UUID: Parent] {
        try parents(type, ids: children.map { $0[keyPath: key] }, deletedRows)
    }

    /// The parent of each child through an optional key, by parent `id`.
    public func fetchParents<Parent: Model, Child: Model>(
        _ type: Parent.Type, via key: KeyPath<Child, UUID?>, of children: [Child],
        including deletedRows: Query<Parent>.DeletedRows = .excluded
    ) throws -> [UUID: Parent] {
        try parents(type, ids: children.compactMap { $0[keyPath: key] }, deletedRows)
    }

    /// How many ids one relation query carries.
    static let relationBatchSize = 500

    private func children<Child: Model>(
        _ query: Query<Child>, of parentIDs: [UUID],
        filter: ([UUID]) -> ModelPredicate<Child>, key: (Child) -> UUID?
    ) throws -> [UUID: [Child]] {
        guard query.limit == nil, query.offset == 0 else {
            throw DatabaseError(
                .misuse, "children are loaded in batches of parents: give no limit or offset")
        }
        var result: [UUID: [Child]] = [:]
        try forEachBatch(of: parentIDs) { batch in
            for child in try fetchAll(query.filter(filter(batch))) {
                if let parent = key(child) { result[parent, default: []].append(child) }
            }
        }
        return result
    }

    private func parents<Parent: Model>(
        _ type: Parent.Type, ids: [UUID], _ deletedRows: Query<Parent>.DeletedRows
    ) throws -> [UUID: Parent] {
        var result: [UUID: Parent] = [:]
        try forEachBatch(of: ids) { batch in
            let query = Parent.filter(.isIn(\Parent.id, batch)).including(deletedRows)
            for parent in try fetchAll(query) { result[parent.id] = parent }
        }
        return result
    }

    /// Calls `body` with the distinct `ids`, ``relationBatchSize`` at a time.
    private func forEachBatch(of ids: [UUID], _ body: ([UUID]) throws -> Void) throws {
        var seen = Set<UUID>()
        let distinct = ids.filter { seen.insert($0).inserted }
        var start = 0
        while start < distinct.count {
            try body(Array(distinct[start..<min(start + Self.relationBatchSize, distinct.count)]))
            start += Self.relationBatchSize
        }
    }
}
