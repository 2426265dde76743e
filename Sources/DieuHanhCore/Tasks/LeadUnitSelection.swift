import Foundation

/// The lead units of one point (DOMAIN §10): unit codes and/or whole kinds, as the tasks CSV writes them in
/// `don_vi_chu_tri` ("SNV", "SNV; STC", "@department", "@commune; SYT") and the entry form and the API pick them.
/// One plain code is an ordinary task; anything else is a directive for many units: one task per unit under a
/// shared point, each task's `ma` the row's `ma` + "/" + the unit's code.
public struct LeadUnitSelection: Equatable, Sendable {
    public enum Choice: Hashable, Sendable {
        case unit(String)
        case kind(UnitKind)
    }

    /// The kinds a point may name as a whole, with the words a letter uses for them.
    public static let kinds: [UnitKind] = [.department, .district, .commune, .office]

    public private(set) var choices: [Choice]

    public init(_ choices: [Choice]) {
        var seen: Set<Choice> = []
        self.choices = choices.filter { seen.insert($0).inserted }
    }

    /// Why a selection cannot be read.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// `@something` that is not one of `kinds`.
        case unknownKind(String)
    }

    /// Reads "SNV; STC", "@department" or a mix; codes are kept as typed (matched upper-cased by the caller's lookup).
    public static func parse(_ text: String) -> Result<LeadUnitSelection, Problem> {
        var choices: [Choice] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "," }) {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            if item.hasPrefix("@") {
                guard let kind = UnitKind(rawValue: String(item.dropFirst()).lowercased()), kinds.contains(kind) else {
                    return .failure(.unknownKind(item))
                }
                choices.append(.kind(kind))
            } else {
                choices.append(.unit(item))
            }
        }
        return choices.isEmpty ? .failure(.empty) : .success(LeadUnitSelection(choices))
    }

    /// One plain code: an ordinary task, no shared point, its `ma` unchanged.
    public var isSingleUnit: Bool {
        if choices.count == 1, case .unit = choices[0] { return true }
        return false
    }

    /// The selection as the CSV writes it: "@department; SNV".
    public var text: String {
        choices.map {
            switch $0 {
            case .unit(let code): code
            case .kind(let kind): "@" + kind.rawValue
            }
        }
        .joined(separator: "; ")
    }

    /// A unit as the resolution sees it.
    public struct Candidate: Equatable, Sendable {
        public var code: String
        public var kind: UnitKind
        public var validFrom: CivilDate?
        /// The last day the unit works (`valid_to`).
        public var validTo: CivilDate?
        /// Under the province the point is the province's (its subtree).
        public var inProvince: Bool

        public init(code: String, kind: UnitKind, validFrom: CivilDate? = nil, validTo: CivilDate? = nil, inProvince: Bool) {
            self.code = code
            self.kind = kind
            self.validFrom = validFrom
            self.validTo = validTo
            self.inProvince = inProvince
        }

        /// Works on `day` (`UnitValidity`).
        public func isOpen(on day: CivilDate) -> Bool {
            UnitValidity(validFrom: validFrom, validTo: validTo).isOpen(on: day)
        }
    }

    /// The codes of the units the point goes to on `assignedOn`, each once, in the order chosen (a kind's units in
    /// the order given). A kind means its units under the province open that day; a unit closed later keeps its
    /// task (it moves to the successor as any task does). A code named one by one is taken as named — whether it
    /// may lead a task is the task rules' business, which report a closed unit in their own words.
    public func resolve(_ candidates: [Candidate], assignedOn: CivilDate) -> [String] {
        var codes: [String] = []
        var seen: Set<String> = []
        for choice in choices {
            switch choice {
            case .unit(let code):
                if seen.insert(code).inserted { codes.append(code) }
            case .kind(let kind):
                for unit in candidates where unit.kind == kind && unit.inProvince && unit.isOpen(on: assignedOn) {
                    if seen.insert(unit.code).inserted { codes.append(unit.code) }
                }
            }
        }
        return codes
    }

    /// The task's external id for one unit of a directive for many: "TB-12/SNV".
    public static func taskID(point ma: String, unit code: String) -> String { ma + "/" + code }
}

extension UnitKind {
    /// How a letter addresses all units of a kind: "Các sở, ban, ngành", "UBND các xã, phường".
    public var allUnitsLabel: String {
        switch self {
        case .department: "Các sở, ban, ngành"
        case .district: "UBND các huyện, thị xã, thành phố"
        case .commune: "UBND các xã, phường, thị trấn"
        case .office: "Các văn phòng"
        default: rawValue
        }
    }
}
