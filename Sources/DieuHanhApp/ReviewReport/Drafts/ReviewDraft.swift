import DieuHanhCore
import Fluent
import Foundation

/// A review report being written for a period and cut-off, then issued (DOMAIN §9). Its version rises with every
/// change; an issued draft keeps its figures and files exactly as issued.
final class ReviewDraft: Model, @unchecked Sendable {
    static let schema = "review_drafts"

    enum State: String, Sendable {
        case draft, issued
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "period_from") var periodFrom: String
    @Field(key: "period_to") var periodTo: String
    @Field(key: "as_of") var asOf: String
    @Field(key: "state") var state: String
    @Field(key: "version") var version: Int
    /// The outline as JSON (`ReviewOutline`).
    @Field(key: "outline") var outlineJSON: String
    /// Nơi nhận, a line each.
    @Field(key: "recipients") var recipientsText: String
    @OptionalField(key: "notation") var notation: String?
    @OptionalField(key: "issued_on") var issuedOn: String?
    @OptionalField(key: "signer") var signer: String?
    @OptionalField(key: "signer_title") var signerTitle: String?
    @OptionalField(key: "authority") var authority: String?
    /// The report as a document of the province, so later documents can cite it.
    @OptionalField(key: "document_id") var documentID: UUID?
    /// The request that asks the units for their parts, section by section.
    @OptionalField(key: "request_id") var requestID: UUID?
    /// The figures as issued (CONTRACT JSON); nil while a draft, whose figures are computed on every read.
    @OptionalField(key: "figures") var frozenFigures: String?
    @OptionalField(key: "docx") var frozenDOCX: Data?
    @OptionalField(key: "xlsx") var frozenXLSX: Data?
    /// The report as the browser showed it when issued.
    @OptionalField(key: "sheet_html") var frozenSheet: String?
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var period: ReportPeriod { ReportPeriod(from: CivilDate.parse(periodFrom)!, to: CivilDate.parse(periodTo)!) }
    var cutOff: CivilDate { CivilDate.parse(asOf)! }
    var draftState: State { State(rawValue: state) ?? .draft }
    var isIssued: Bool { draftState == .issued }
    var issuedDate: CivilDate? { issuedOn.flatMap(CivilDate.parse) }
    var recipients: [String] { recipientsText.split(separator: "\n").map(String.init) }

    var outline: ReviewOutline {
        get { (try? JSONDecoder().decode(ReviewOutline.self, from: Data(outlineJSON.utf8))) ?? .governmentOffice }
        set { outlineJSON = ReviewDraft.encode(newValue) }
    }

    static func encode(_ outline: ReviewOutline) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(outline)) ?? Data("{\"sections\":[]}".utf8), as: UTF8.self)
    }
}

/// One save of one section: the text as saved, the draft version the save made, who and when.
final class ReviewSectionVersion: Model, @unchecked Sendable {
    static let schema = "review_section_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "draft_id") var draftID: UUID
    @Field(key: "key") var key: String
    @Field(key: "text") var text: String
    @Field(key: "draft_version") var draftVersion: Int
    @OptionalField(key: "saved_by") var savedBy: UUID?
    @Field(key: "saved_at") var savedAt: Date

    init() {}

    init(draftID: UUID, key: String, text: String, draftVersion: Int, savedBy: UUID?, savedAt: Date) {
        self.draftID = draftID
        self.key = key
        self.text = text
        self.draftVersion = draftVersion
        self.savedBy = savedBy
        self.savedAt = savedAt
    }
}

/// A reader's comment on a section; the office resolves it.
final class ReviewComment: Model, @unchecked Sendable {
    static let schema = "review_comments"

    @ID(key: .id) var id: UUID?
    @Field(key: "draft_id") var draftID: UUID
    @Field(key: "key") var key: String
    @OptionalField(key: "author_id") var authorID: UUID?
    @Field(key: "text") var text: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "resolved_by") var resolvedBy: UUID?
    @OptionalField(key: "resolved_at") var resolvedAt: Date?

    init() {}

    var isResolved: Bool { resolvedAt != nil }
}

/// The office's own outline and Nơi nhận for the next report; at most one row.
final class ReviewDefaults: Model, @unchecked Sendable {
    static let schema = "review_defaults"

    @ID(key: .id) var id: UUID?
    @Field(key: "outline") var outlineJSON: String
    @Field(key: "recipients") var recipientsText: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// Seed 001's and 002's Nơi nhận, which the office edits to its own.
    static let recipients = [
        "- Văn phòng Chính phủ;", "- Bộ Kế hoạch và Đầu tư;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;", "- UBND các xã, phường;", "- Lưu: VT, TH.",
    ]

    /// The outline and recipients a new draft starts from: the office's saved ones, else the Government Office's.
    static func current(on db: Database) async throws -> (ReviewOutline, String) {
        guard let row = try await ReviewDefaults.query(on: db).first() else {
            return (.governmentOffice, recipients.joined(separator: "\n"))
        }
        let outline = (try? JSONDecoder().decode(ReviewOutline.self, from: Data(row.outlineJSON.utf8))) ?? .governmentOffice
        return (outline, row.recipientsText)
    }
}
