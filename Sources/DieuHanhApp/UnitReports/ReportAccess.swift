import DieuHanhCore
import Fluent
import Vapor

/// Who may see what of a request: everyone but unit officers sees everything; a unit officer sees the requests
/// addressed to a unit of their subtree, and only those units' rows.
enum ReportAccess {
    static func canSee(_ request: ReportRequest, scope: AccessScope, on db: Database) async throws -> Bool {
        guard let ids = scope.unitIDs else { return true }
        guard !ids.isEmpty else { return false }
        return try await ReportRequestRecipient.query(on: db).filter(\.$requestID == request.id!)
            .filter(\.$unitID ~~ Array(ids)).count() > 0
    }

    /// The request ids addressed to a unit of the scope (nil = no restriction).
    static func requestIDs(scope: AccessScope, on db: Database) async throws -> Set<UUID>? {
        guard let ids = scope.unitIDs else { return nil }
        guard !ids.isEmpty else { return [] }
        var result: Set<UUID> = []
        for chunk in Array(ids).reportChunks(500) {
            result.formUnion(try await ReportRequestRecipient.query(on: db).filter(\.$unitID ~~ chunk).all().map(\.requestID))
        }
        return result
    }

    /// Whether the user may send a report for `unitID`: the office (on behalf of a unit that sent it by other
    /// means) or a unit officer of that unit's subtree.
    static func maySubmit(_ user: UserAccount, for unitID: UUID, scope: AccessScope) -> Bool {
        switch user.userRole {
        case .admin, .coordinator: true
        case .unitOfficer: scope.allows(unitID)
        case .leader, .viewer: false
        }
    }

    static func mayManage(_ user: UserAccount) -> Bool { user.userRole.canManageTrackingData }

    /// A request's forms go with the request; a unit's report only to those who may see that unit's row.
    static func canDownload(_ file: Attachment, scope: AccessScope, on db: Database) async throws -> Bool {
        switch Attachment.OwnerKind(rawValue: file.ownerKind) {
        case .reportRequest:
            guard let request = try await ReportRequest.find(file.ownerID, on: db) else { return false }
            return try await canSee(request, scope: scope, on: db)
        case .reportSubmission:
            guard let step = try await ReportSubmissionRecord.find(file.ownerID, on: db) else { return false }
            return scope.allows(step.unitID)
        default:
            return false
        }
    }
}

extension Array {
    /// Slices of at most `size` elements, for `IN (…)` lists.
    func reportChunks(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

extension Request {
    /// The report request of the route (`:requestID`), when the caller may see it.
    func visibleReportRequest() async throws -> ReportRequest {
        let scope = try await accessScope()
        return try await visible(ReportRequest.self, "requestID") { try await ReportAccess.canSee($0, scope: scope, on: self.db) }
    }
}
