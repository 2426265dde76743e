import DieuHanhCore
import Fluent
import Plot
import Vapor

/// `/levels`: this deployment's id, the registered peers with their outbox at a glance, the registration form.
enum LevelsPage {
    struct Row {
        let peer: LevelPeer
        let pending: Int
        let lastError: String?
    }

    struct Model {
        let ownID: String
        let rows: [Row]
        /// A fresh key offered in the hints, so the administrator need not invent one.
        let suggestedKey: String
        /// Another for the other direction: the two keys must differ.
        let suggestedOutboundKey: String
        var typed: [String: String] = [:]
        var errors: [FieldError] = []
    }

    static func model(on db: Database) async throws -> Model {
        let peers = try await LevelPeer.query(on: db).sort(\.$name).all()
        var rows: [Row] = []
        for peer in peers {
            let pending = LevelOutboxMessage.query(on: db).filter(\.$peerID == peer.id!)
                .filter(\.$state == LevelOutboxMessage.State.pending.rawValue)
            let count = try await pending.count()
            let first = try await pending.sort(\.$seq).first()
            rows.append(Row(peer: peer, pending: count, lastError: first?.lastError))
        }
        return Model(
            ownID: try await LevelDeployment.current(on: db), rows: rows, suggestedKey: LevelSigner.newKey(),
            suggestedOutboundKey: LevelSigner.newKey())
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(ctx, title: ctx.t(T.levelsTitle), section: .levels, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        return [
            Components.pageHeader(
                t(T.levelsTitle), lead: t(T.levelsLead),
                actions: [Components.linkButton(t(T.levelFiguresTitle), href: "/levels/figures")]),
            .p(.strong(.text(t(T.levelsOwnID, model.ownID)))),
            .section(
                .h2(.text(t(T.levelsPeers))),
                model.rows.isEmpty
                    ? .p(.class("empty"), .text(t(T.levelsNoPeers)))
                    : .div(
                        .class("table-wrap"),
                        .table(
                            .class("data card-rows"),
                            .thead(
                                .tr(
                                    .forEach([T.levelsName, T.levelsBaseURL, T.levelsState, T.levelsPending, T.levelsLastError]) {
                                        .th(.text(t($0)))
                                    })),
                            .tbody(.forEach(model.rows) { row(ctx, $0) })))),
            .section(
                .h2(.text(t(T.levelsRegister))),
                Components.errorSummary(model.errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/levels"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    Components.csrfField(ctx),
                    field(ctx, model, "name", T.levelsName),
                    field(ctx, model, "base_url", T.levelsBaseURL, hint: t(T.levelsBaseURLHint)),
                    field(ctx, model, "deployment_id", T.levelsDeploymentID),
                    field(ctx, model, "inbound_key", T.levelsInboundKey, hint: t(T.levelsKeyHint, model.suggestedKey)),
                    field(
                        ctx, model, "outbound_key", T.levelsOutboundKey, hint: t(T.levelsKeyHint, model.suggestedOutboundKey)),
                    .div(
                        .class("form-actions"),
                        .button(.class("button primary"), .type(.submit), .text(t(T.levelsRegister)))))),
        ]
    }

    private static func field(
        _ ctx: PageContext, _ model: Model, _ name: String, _ label: L, hint: String? = nil
    ) -> BodyNode {
        Components.textField(
            .init(
                name: name, label: ctx.t(label), value: model.typed[name] ?? "", required: true, hint: hint,
                autocomplete: "off", error: model.errors.message(for: name)))
    }

    private static func row(_ ctx: PageContext, _ row: Row) -> Node<HTML.TableContext> {
        let t = ctx.t
        return .tr(
            .td(.a(.href("/levels/\(row.peer.id!)"), .text(row.peer.name))),
            .td(.attribute(named: "data-label", value: t(T.levelsBaseURL)), .text(row.peer.baseURL)),
            .td(
                .attribute(named: "data-label", value: t(T.levelsState)),
                .text(t(row.peer.isRevoked ? T.levelsRevoked : T.levelsActive))),
            .td(.attribute(named: "data-label", value: t(T.levelsPending)), .text(VNFormat.integer(row.pending))),
            .td(.attribute(named: "data-label", value: t(T.levelsLastError)), .text(row.lastError ?? "")))
    }
}
