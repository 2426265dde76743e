import DieuHanhCore
import Vapor

/// The unit form as posted by the browser (all text), turned into a draft or a list of problems.
struct UnitForm: Content {
    var code: String?
    var name: String?
    var kind: String?
    var parent_id: String?
    var valid_from: String?
    var version: String?

    init(
        code: String? = nil, name: String? = nil, kind: String? = nil, parent_id: String? = nil,
        valid_from: String? = nil, version: String? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parent_id = parent_id
        self.valid_from = valid_from
        self.version = version
    }

    init(_ unit: OrgUnit) {
        self.init(
            code: unit.code, name: unit.name, kind: unit.kind, parent_id: unit.parentID?.uuidString,
            valid_from: unit.validFrom.flatMap(CivilDate.parse).map(VNFormat.date), version: String(unit.version))
    }

    func draft(_ t: Localizer) -> (UnitDraft, [FieldError]) {
        var errors: [FieldError] = []
        let fromText = valid_from.trimmed
        let validFrom = fromText.isEmpty ? nil : CivilDate.parse(fromText)
        if !fromText.isEmpty, validFrom == nil {
            errors.append(.init(field: "valid_from", message: t.dateError(fromText)))
        }
        let parentText = parent_id.trimmed
        let parentID = UUID(uuidString: parentText)
        if !parentText.isEmpty, parentID == nil {
            errors.append(.init(field: "parent_id", message: t(T.unitParentMissing)))
        }
        let draft = UnitDraft(
            code: code.trimmed, name: name.trimmed.collapsingSpaces, kind: kind.trimmed,
            parentID: parentID, validFrom: validFrom)
        return (draft, errors)
    }

    var expectedVersion: Int? { version.flatMap { Int($0) } }
}

extension Optional where Wrapped == String {
    /// The text without surrounding spaces; "" for nil.
    var trimmed: String { (self ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
}

extension String {
    var collapsingSpaces: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
