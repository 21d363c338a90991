import Foundation
import Tandem

/// A run of a background task.
public struct TaskRecord: Model {
    /// The primary key.
    public var id: UUID
    /// The user the task runs for; `nil` for system tasks (no foreign key).
    public var userID: UUID?
    /// What the task does.
    public var taskType: TaskType
    /// Where the run is.
    public var status: TaskStatus
    /// The task's parameters.
    public var params: JSONValue?
    /// When the run started.
    public var startedAt: Date?
    /// When the run ended.
    public var completedAt: Date?
    /// How long the run took.
    public var runtimeSeconds: Int?
    /// What the run produced.
    public var result: JSONValue?
    /// Why the run failed.
    public var error: String?
    /// Retries so far.
    public var retryCount: Int
    /// Retries allowed.
    public var maxRetries: Int
    /// The job's identifier in the queue that runs it.
    public var celeryTaskID: String?
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date

    /// Creates a TaskRecord with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID? = nil,
        taskType: TaskType,
        status: TaskStatus = .pending,
        params: JSONValue? = nil,
        startedAt: Date? = nil,
        completedAt: Date? = nil,
        runtimeSeconds: Int? = nil,
        result: JSONValue? = nil,
        error: String? = nil,
        retryCount: Int = 0,
        maxRetries: Int = 3,
        celeryTaskID: String? = nil,
        createdAt: Date = Date(),
        updatedAt: Date = Date()
    ) {
        self.id = id
        self.userID = userID
        self.taskType = taskType
        self.status = status
        self.params = params
        self.startedAt = startedAt
        self.completedAt = completedAt
        self.runtimeSeconds = runtimeSeconds
        self.result = result
        self.error = error
        self.retryCount = retryCount
        self.maxRetries = maxRetries
        self.celeryTaskID = celeryTaskID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<TaskRecord> {
        Column(\.userID)
        Column(\.taskType)
        Column(\.status, default: .value("pending"))
        Column(\.params)
        Column(\.startedAt)
        Column(\.completedAt)
        Column(\.runtimeSeconds, type: .int32)
        Column(\.result)
        Column(\.error)
        Column(\.retryCount, type: .int32, default: .value(0))
        Column(\.maxRetries, type: .int32, default: .value(3))
        Column(\.celeryTaskID, maxLength: 255).indexed(name: "ix_task_records_celery_task_id")
        Index(\.status, \.taskType, name: "ix_tasks_status_type")
    }
}
