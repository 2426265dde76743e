import DieuHanhCore
import Fluent
import Foundation

/// A unit of the organisation tree (DOMAIN §1): the committee, its office, departments, communes, and the
/// external bodies that assign tasks (CP, TTg, ministries). Units change over time, so each has a validity
/// interval and, once closed, an optional successor that takes over its open work.
package final class OrgUnit: Model, @unchecked Sendable {
    package static let schema = "units"

    @ID(key: .id) package var id: UUID?
    @Field(key: "code") package var code: String
    @Field(key: "name") var name: String
    /// `name` folded by `VietnameseText.fold`, so search ignores diacritics in either database.
    @Field(key: "name_folded") var nameFolded: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "parent_id") var parentID: UUID?
    /// ISO dates (`yyyy-mm-dd`), see `CivilDate`.
    @OptionalField(key: "valid_from") var validFrom: String?
    @OptionalField(key: "valid_to") var validTo: String?
    @OptionalField(key: "successor_id") var successorID: UUID?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}

    init(code: String, name: String, kind: UnitKind, parentID: UUID?, validFrom: CivilDate? = nil) {
        self.code = code
        self.name = name
        self.nameFolded = VietnameseText.fold(name)
        self.kind = kind.rawValue
        self.parentID = parentID
        self.validFrom = validFrom?.iso
        self.version = 1
    }

    var unitKind: UnitKind { UnitKind(rawValue: kind) ?? .other }

    func setName(_ newName: String) {
        name = newName
        nameFolded = VietnameseText.fold(newName)
    }

    /// No longer valid on `day` (`valid_to` is the last valid day).
    func isClosed(on day: CivilDate) -> Bool { Self.closedDay(validTo: validTo, on: day) != nil }

    /// The last day a unit worked, when it is closed on `day` (`valid_to` before it); nil while it works. For the
    /// units read as plain rows too (`UnitOption`).
    static func closedDay(validTo: String?, on day: CivilDate) -> CivilDate? {
        UnitValidity(validTo: validTo.flatMap(CivilDate.parse)).closedDay(on: day)
    }

    /// What the audit log keeps of a unit.
    struct Snapshot: Codable, Equatable {
        var code: String
        var name: String
        var kind: String
        var parentID: UUID?
        var validFrom: String?
        var validTo: String?
        var successorID: UUID?
    }

    var snapshot: Snapshot {
        Snapshot(
            code: code, name: name, kind: kind, parentID: parentID, validFrom: validFrom, validTo: validTo,
            successorID: successorID)
    }
}
