import DieuHanhCore
import Fluent
import Foundation

/// A report request that lives on both sides: sent down to a peer (`side` assigner here: the request is ours) or
/// received from one (`side` assignee here, with the peer's request id).
final class LevelReportLink: Model, @unchecked Sendable {
    static let schema = "level_report_links"
    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "side") var sideRaw: String
    @OptionalField(key: "remote_request_id") var remoteRequestID: String?

    init() {}
    init(requestID: UUID, peerID: UUID, side: LevelSide, remoteRequestID: String?) {
        self.requestID = requestID
        self.peerID = peerID
        self.sideRaw = side.rawValue
        self.remoteRequestID = remoteRequestID
    }

    var side: LevelSide { LevelSide(rawValue: sideRaw) ?? .assignee }

    /// The link of a request received from above, if it is one.
    static func received(request: UUID, on db: Database) async throws -> LevelReportLink? {
        try await query(on: db).filter(\.$requestID == request).filter(\.$sideRaw == LevelSide.assignee.rawValue).first()
    }
}

/// A review report a deployment below issued and sent up: its figures package as received, the digest it claims
/// and the one computed here over the figures, and its DOCX in the file store.
final class LevelReceivedReview: Model, @unchecked Sendable {
    static let schema = "level_received_reviews"
    @ID(key: .id) var id: UUID?
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "remote_draft_id") var remoteDraftID: String
    /// Our unit linked to the issuing unit below.
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "notation") var notation: String
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "title") var title: String
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "as_of") var asOf: String
    @Field(key: "figures") var figures: String
    @Field(key: "claimed_sha256") var claimedSHA256: String
    /// Empty when the figures could not be read at all.
    @Field(key: "computed_sha256") var computedSHA256: String
    @Field(key: "docx_path") var docxPath: String
    @Field(key: "docx_size") var docxSize: Int
    /// Our request the report answers, when it answers one.
    @OptionalField(key: "request_id") var requestID: UUID?
    @Field(key: "received_at") var receivedAt: Date

    init() {}

    var figuresMatch: Bool { !computedSHA256.isEmpty && computedSHA256 == claimedSHA256 }
}

/// A file inside a message: its name as the sender stored it and its bytes in Base64. The receiver checks the type
/// from the bytes, as for any upload.
struct LevelFileBody: Codable, Sendable {
    var name: String
    var data: String
}

/// What a "report requested" message says: the sender's codes for the requester and the recipients linked to the
/// receiver (the receiver translates them through its links), and the request as the units read it.
struct LevelReportRequested: Codable, Sendable {
    var requestID: String
    var requesterCode: String
    var recipientCodes: [String]
    var kind: String
    var title: String
    var notation: String?
    var documentDate: String?
    var periodLabel: String
    var cutOff: String?
    var issuedOn: String
    var deadline: String
    var outline: String

    enum CodingKeys: String, CodingKey {
        case kind, title, notation, deadline, outline
        case requestID = "request_id"
        case requesterCode = "requester_code"
        case recipientCodes = "recipient_codes"
        case documentDate = "document_date"
        case periodLabel = "period_label"
        case cutOff = "cut_off"
        case issuedOn = "issued_on"
    }
}

/// What a "report submitted" message says: the receiver's request, the sender's code for the unit that reports,
/// the day it sent the report and the report itself.
struct LevelReportSubmitted: Codable, Sendable {
    var requestRef: String
    var unitCode: String
    var recordedOn: String
    var text: String
    var actorName: String
    var files: [LevelFileBody]

    enum CodingKeys: String, CodingKey {
        case text, files
        case requestRef = "request_ref"
        case unitCode = "unit_code"
        case recordedOn = "recorded_on"
        case actorName = "actor_name"
    }
}

/// What a "report returned" message says: the requester above sent a unit's report back with a reason, on a
/// request it sent down (the receiver's copy is found by the sender's request id); the unit owes it again below.
struct LevelReportReturned: Codable, Sendable {
    var requestRef: String
    var unitCode: String
    var reason: String
    var actorName: String

    enum CodingKeys: String, CodingKey {
        case reason
        case requestRef = "request_ref"
        case unitCode = "unit_code"
        case actorName = "actor_name"
    }
}

/// What a "review issued" message says: the issued report's number and period, its figures package exactly as
/// frozen at issue (with its `figures_sha256`), its DOCX, and the receiver's request it answers, if any.
struct LevelReviewIssued: Codable, Sendable {
    var draftID: String
    var unitCode: String
    var notation: String
    var issuedOn: String
    var title: String
    var periodFrom: String
    var periodTo: String
    var asOf: String
    var figures: String
    var docx: String
    var requestRef: String?

    enum CodingKeys: String, CodingKey {
        case notation, title, figures, docx
        case draftID = "draft_id"
        case unitCode = "unit_code"
        case issuedOn = "issued_on"
        case periodFrom = "period_from"
        case periodTo = "period_to"
        case asOf = "as_of"
        case requestRef = "request_ref"
    }
}

extension LevelMessageKind {
    /// The message's body as the audit log keeps it: the files' bytes left out (their names, sizes and digests are
    /// audited with the attachments).
    func auditedBody(_ body: String) -> String {
        guard self == .reportSubmitted || self == .reviewIssued || self == .taskStep,
            var object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        else { return body }
        if let files = object["files"] as? [[String: Any]] {
            object["files"] = files.map { $0.merging(["data": "…"]) { _, new in new } }
        }
        if object["docx"] != nil { object["docx"] = "…" }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
