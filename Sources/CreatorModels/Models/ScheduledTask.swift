import Foundation
import Tandem

/// A task that runs on a cron schedule or once at a set time.
public struct ScheduledTask: Model {
    /// The primary key.
    public var id: UUID
    /// The owner.
    public var userID: UUID
    /// The task's name.
    public var name: String
    /// What the task does.
    public var taskType: TaskType
    /// The task's parameters.
    public var params: JSONValue?
    /// When it repeats, as a cron expression.
    public var cronExpression: String?
    /// When a one-off task runs.
    public var runAt: Date?
    /// Whether the schedule is on.
    public var isActive: Bool
    /// When it last ran.
    public var lastRunAt: Date?
    /// When it runs next.
    public var nextRunAt: Date?
    /// Runs so far.
    public var runCount: Int
    /// Failed runs so far.
    public var failCount: Int
    /// When the row was inserted.
    public var createdAt: Date
    /// When the row was last updated.
    public var updatedAt: Date

    /// Creates a ScheduledTask with the seed's defaults; `id` and the timestamps are
    /// set by Tandem on insert.
    public init(
        id: UUID = UUID(),
        userID: UUID,
        name: String,
        taskType: TaskType,
        params: JSONValue? = nil,
        cronExpression: String? = nil,
        runAt: Date? = nil,
        isActive: Bool = true,
        lastRunAt: Date? = nil,
        nextRunAt: Date? = nil,
        runCount: Int = 0,
        failCount: Int = 0,
        createdAt: Date = Date(),
        updatedAt: Date = Date()
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.taskType = taskType
        self.params = params
        self.cronExpression = cronExpression
        self.runAt = runAt
        self.isActive = isActive
        self.lastRunAt = lastRunAt
        self.nextRunAt = nextRunAt
        self.runCount = runCount
        self.failCount = failCount
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The table, its constraints, indexes and relations.
    public static let schema = ModelSchema<ScheduledTask> {
        Column(\.userID).references(User.self)
        Column(\.name, maxLength: 255)
        Column(\.taskType)
        Column(\.params)
        Column(\.cronExpression, maxLength: 100)
        Column(\.runAt)
        Column(\.isActive, default: .value(true))
        Column(\.lastRunAt)
        Column(\.nextRunAt)
        Column(\.runCount, type: .int32, default: .value(0))
        Column(\.failCount, type: .int32, default: .value(0))
        Index(\.nextRunAt, name: "ix_scheduled_tasks_due", where: \.isActive == true)
        BelongsTo("user", User.self, via: \.userID)
    }
}
