import DieuHanhCore
import Fluent
import Foundation

/// A directive document (văn bản): every task comes from one (DOMAIN §2).
package final class Document: Model, @unchecked Sendable {
    package static let schema = "documents"

    @ID(key: .id) package var id: UUID?
    /// The official notation, normalised: `01/NQ-CP`, `42/2014/QĐ-TTg`, `4049/UBND-TH`, `36-NQ/TW`.
    @Field(key: "notation") var notation: String
    @Field(key: "number") var number: Int
    /// The calendar year of issue: numbers restart each year, so (notation, year) is unique.
    @Field(key: "year") var year: Int
    /// Type abbreviation (NQ, QĐ, TB…); nil for an official letter (công văn).
    @OptionalField(key: "type_code") var typeCode: String?
    @Field(key: "issued_on") var issuedOn: String
    @OptionalField(key: "issuer_id") var issuerID: UUID?
    @OptionalField(key: "signer") var signer: String?
    @Field(key: "summary") var summary: String
    /// Notation and summary folded, for search that ignores diacritics.
    @Field(key: "search_text") var searchText: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    init(number: DocumentNumber, issuedOn: CivilDate, issuerID: UUID?, signer: String?, summary: String) {
        self.notation = number.notation
        self.number = number.number
        self.year = issuedOn.year
        self.typeCode = number.typeCode
        self.issuedOn = issuedOn.iso
        self.issuerID = issuerID
        self.signer = signer
        self.summary = summary
        self.searchText = VietnameseText.fold(number.notation + " " + summary)
    }

    var issuedDate: CivilDate { CivilDate.parse(issuedOn)! }

    struct Snapshot: Codable, Equatable {
        var notation: String
        var issuedOn: String
        var issuerID: UUID?
        var signer: String?
        var summary: String
    }

    var snapshot: Snapshot {
        Snapshot(notation: notation, issuedOn: issuedOn, issuerID: issuerID, signer: signer, summary: summary)
    }
}
