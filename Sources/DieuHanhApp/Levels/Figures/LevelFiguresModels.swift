import DieuHanhCore
import Fluent
import Foundation

/// What a "figures.day" message says: the net changes of one day to the sender's task figures, as its running totals
/// hold them (`task_stats_daily`: per bucket, and under "documents" the documents counted, how many enter minus how
/// many leave that day). The receiver's figures as of D are the sums of the changes of the days up to D.
///
/// The figures are those of every task of the sending deployment, unfiltered: what its own statistics page shows
/// with no filter, for the whole province.
struct LevelFiguresDay: Codable, Sendable, Equatable {
    /// The sender's own code for itself (its unit matched with the receiver), as in every message.
    var unit: String
    /// The day, `yyyy-mm-dd`; also the message's object id.
    var day: String
    /// Bucket raw values and "documents" → net change that day; zero changes are left out.
    var changes: [String: Int]

    /// The keys a day may carry: the five buckets and the documents.
    static let keys = Set(TaskBucket.allCases.map(\.rawValue) + [TaskStatsTotals.documentsKey])
}

/// What this deployment last sent to a peer above about one day: the day is sent again only when its body changes,
/// with the next version.
final class LevelFiguresSent: Model, @unchecked Sendable {
    static let schema = "level_figures_sent"
    @ID(key: .id) var id: UUID?
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "day") var day: Int
    @Field(key: "version") var version: Int
    @Field(key: "body") var body: String

    init() {}
}

/// One day's net changes received from a peer below, at the version last applied.
final class LevelFiguresRecord: Model, @unchecked Sendable {
    static let schema = "level_figures"
    @ID(key: .id) var id: UUID?
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "day") var day: Int
    @Field(key: "version") var version: Int
    @Field(key: "completed_on_time") var completedOnTime: Int
    @Field(key: "completed_late") var completedLate: Int
    @Field(key: "pending_within_deadline") var pendingWithinDeadline: Int
    @Field(key: "pending_overdue") var pendingOverdue: Int
    @Field(key: "pending_no_deadline") var pendingNoDeadline: Int
    @Field(key: "documents") var documents: Int
    @Field(key: "received_at") var receivedAt: Date

    init() {}

    /// The columns of the buckets, named as the buckets' raw values.
    static let bucketColumns = TaskBucket.allCases.map(\.rawValue)

    func set(_ changes: [String: Int]) {
        completedOnTime = changes[TaskBucket.completedOnTime.rawValue] ?? 0
        completedLate = changes[TaskBucket.completedLate.rawValue] ?? 0
        pendingWithinDeadline = changes[TaskBucket.pendingWithinDeadline.rawValue] ?? 0
        pendingOverdue = changes[TaskBucket.pendingOverdue.rawValue] ?? 0
        pendingNoDeadline = changes[TaskBucket.pendingNoDeadline.rawValue] ?? 0
        documents = changes[TaskStatsTotals.documentsKey] ?? 0
    }
}
