import DieuHanhCore
import Fluent
import Foundation

/// Who a request goes to: all open units of some kinds ("các Sở, ban, ngành; UBND các huyện"), plus units
/// picked one by one. Stored as text on the request or regime; resolved into recipient rows as of a date.
struct ReportRecipientSpec: Sendable, Equatable {
    var kinds: [UnitKind] = []
    var unitIDs: [UUID] = []

    /// Kinds a request can be addressed to as a whole.
    static let addressableKinds: [UnitKind] = [.department, .district, .commune, .office, .other]

    var isEmpty: Bool { kinds.isEmpty && unitIDs.isEmpty }

    /// `kinds=department,district;units=<uuid>,<uuid>`.
    var code: String {
        "kinds=" + kinds.map(\.rawValue).joined(separator: ",") + ";units=" + unitIDs.map(\.uuidString).joined(separator: ",")
    }

    init(kinds: [UnitKind] = [], unitIDs: [UUID] = []) {
        self.kinds = kinds
        self.unitIDs = unitIDs
    }

    init(code: String) {
        for part in code.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { continue }
            let values = pair[1].split(separator: ",").map(String.init)
            if pair[0] == "kinds" { kinds = values.compactMap(UnitKind.init(rawValue:)) }
            if pair[0] == "units" { unitIDs = values.compactMap(UUID.init(uuidString:)) }
        }
    }

    /// The units open on `day` that the spec names, in Vietnamese order.
    func resolve(on day: CivilDate, units: [OrgUnit]) -> [OrgUnit] {
        let picked = Set(unitIDs)
        let kindSet = Set(kinds.map(\.rawValue))
        return units.filter { unit in
            (kindSet.contains(unit.kind) || picked.contains(unit.id!)) && Self.isOpen(unit, on: day)
        }.sorted { VietnameseText.areInIncreasingOrder($0.name, $1.name) }
    }

    /// Valid on `day`: started (or no start recorded) and not yet closed.
    static func isOpen(_ unit: OrgUnit, on day: CivilDate) -> Bool {
        if let from = unit.validFrom.flatMap(CivilDate.parse), from > day { return false }
        return !unit.isClosed(on: day)
    }

    /// "Các Sở, ban, ngành; UBND cấp huyện; Sở Y tế" for the page.
    func label(units: [UUID: OrgUnit], t: Localizer) -> String {
        let kindsText = kinds.map { t(T.reportRecipientsAllOfKind, Labels.unitKind($0, t)) }
        let named = unitIDs.compactMap { units[$0]?.name }
        return (kindsText + named).joined(separator: "; ")
    }
}

/// A unit named by id or code (codes compared as typed, then in capitals).
enum ReportUnitLookup {
    static func find(_ text: String, on db: Database) async throws -> OrgUnit? {
        if let id = UUID(uuidString: text) { return try await OrgUnit.find(id, on: db) }
        if let unit = try await UnitDirectory.find(code: text, on: db) { return unit }
        return try await UnitDirectory.find(code: text.uppercased(), on: db)
    }
}
