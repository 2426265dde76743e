import DieuHanhCore
import Plot
import Vapor

/// The entry form's picker for a point addressed to many units (DOMAIN §10): whole kinds ("Các sở, ban, ngành"),
/// or units one by one, grouped by kind, closed units left out, with a search that ignores diacritics (the script
/// filters on `data-fold`; without it every unit is still there to tick). Fields are `leads_{row}_{@kind|code}`.
enum LeadUnitsField {
    static let kinds = LeadUnitSelection.kinds + [.other]

    static func view(_ ctx: PageContext, row i: Int, picked: [String], units: [OrgUnit]) -> BodyNode {
        let t = ctx.t
        let grouped = kinds.map { kind in (kind, units.filter { $0.unitKind == kind }) }.filter { !$0.1.isEmpty }
        let openAttribute: String? = picked.isEmpty ? nil : "open"
        let summary = t(T.pointManyLeads) + (picked.isEmpty ? "" : " (\(picked.count))")
        let nodes: [Node<HTML.BodyContext>] = [
            .class("lead-units"), .attribute(named: "open", value: openAttribute),
            .element(named: "summary", text: summary),
            .p(.class("hint"), .text(t(T.pointManyLeadsHint))),
            wholeKinds(row: i, grouped: grouped, picked: picked),
            search(row: i, t),
            .div(
                .attribute(named: "data-unit-options", value: "\(i)"),
                .group(grouped.map { group(row: i, kind: $0.0, members: $0.1, picked: picked, t) })),
        ]
        return .element(named: "details", nodes: nodes)
    }

    private static func wholeKinds(row i: Int, grouped: [(UnitKind, [OrgUnit])], picked: [String]) -> BodyNode {
        let boxes: [BodyNode] = grouped.filter { LeadUnitSelection.kinds.contains($0.0) }.map { kind, members in
            let label = kind.allUnitsLabel + " (" + VNFormat.integer(members.count) + ")"
            return checkbox(row: i, value: "@" + kind.rawValue, label: label, picked: picked, strong: true)
        }
        return .div(.class("grid-3"), .group(boxes))
    }

    private static func search(row i: Int, _ t: Localizer) -> BodyNode {
        .div(
            .class("field"),
            .label(.for("f-leads-search-\(i)"), .text(t(T.pointSearchUnits))),
            .input(
                .type(.search), .id("f-leads-search-\(i)"), .attribute(named: "data-unit-filter", value: "\(i)"),
                .attribute(named: "autocomplete", value: "off")))
    }

    private static func group(row i: Int, kind: UnitKind, members: [OrgUnit], picked: [String], _ t: Localizer)
        -> BodyNode
    {
        let boxes: [BodyNode] = members.map { checkbox(row: i, value: $0.code, label: $0.name, picked: picked, strong: false) }
        return Components.fieldset(
            .class("unit-group"), .element(named: "legend", text: Labels.unitKind(kind, t)),
            .div(.class("grid-3"), .group(boxes)))
    }

    private static func checkbox(row i: Int, value: String, label: String, picked: [String], strong: Bool) -> BodyNode {
        let id = "f-leads_\(i)_\(value.replacingOccurrences(of: "@", with: "all-"))"
        return .div(
            .class("field checkbox"), .attribute(named: "data-fold", value: VietnameseText.fold(label)),
            .input(
                .type(.checkbox), .id(id), .name("leads_\(i)_\(value)"), .value("1"),
                .attribute(named: "checked", value: picked.contains(value) ? "checked" : nil)),
            .label(.for(id), strong ? .strong(.text(label)) : .text(label)))
    }

    /// The row's ticked choices from the posted fields, kinds first in their order, then codes as sorted.
    static func picked(row i: Int, fields: [String: String]) -> [String] {
        let prefix = "leads_\(i)_"
        let values = fields.filter { $0.key.hasPrefix(prefix) && !$0.value.isEmpty }.map {
            String($0.key.dropFirst(prefix.count))
        }
        let kinds = LeadUnitSelection.kinds.map { "@" + $0.rawValue }.filter(values.contains)
        return kinds + values.filter { !$0.hasPrefix("@") }.sorted()
    }
}
