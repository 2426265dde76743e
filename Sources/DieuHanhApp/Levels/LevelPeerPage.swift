import DieuHanhCore
import Fluent
import Plot
import Vapor

/// `/levels/{id}`: one peer: its keys' fingerprints, the matched units, the outbox (what waits, how often it was
/// tried, the last error), and the forms to match a unit, revoke the key or set new keys.
enum LevelPeerPage {
    struct Model {
        let peer: LevelPeer
        let links: [(link: LevelUnitLink, unit: OrgUnit?)]
        let outbox: [LevelOutboxMessage]
        let suggestedKey: String
        /// Another for the other direction: the two keys must differ.
        let suggestedOutboundKey: String
        var typed: [String: String] = [:]
        var errors: [FieldError] = []
    }

    static func model(_ peer: LevelPeer, on db: Database) async throws -> Model {
        let links = try await LevelUnitLink.query(on: db).filter(\.$peerID == peer.id!).sort(\.$remoteCode).all()
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ links.map(\.unitID)).all()
        let unitByID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let outbox = try await LevelOutboxMessage.query(on: db).filter(\.$peerID == peer.id!).sort(\.$seq, .descending)
            .limit(50).all()
        return Model(
            peer: peer, links: links.map { ($0, unitByID[$0.unitID]) }, outbox: outbox, suggestedKey: LevelSigner.newKey(),
            suggestedOutboundKey: LevelSigner.newKey())
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(ctx, title: model.peer.name, section: .levels, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let peer = model.peer
        return [
            .p(.class("breadcrumb"), .a(.href("/levels"), .text(t(T.levelsTitle)))),
            Components.pageHeader(peer.name, lead: peer.baseURL),
            .p(.text(t(peer.isRevoked ? T.levelsRevoked : T.levelsActive))),
            .p(
                .class("muted"),
                .text(t(T.levelsKeys, LevelSigner.fingerprint(peer.inboundKey), LevelSigner.fingerprint(peer.outboundKey)))),
            Components.errorSummary(model.errors, t),
            .section(
                .h2(.text(t(T.levelsUnitLinks))),
                .p(.class("muted"), .text(t(T.levelsUnitLinksLead))),
                model.links.isEmpty
                    ? .p(.class("empty"), .text(t(T.levelsNoLinks)))
                    : .ul(
                        .forEach(model.links) { item in
                            .li(.text("\(item.unit.map { "\($0.code) — \($0.name)" } ?? "?") = \(item.link.remoteCode)"))
                        }),
                form(
                    ctx, action: "/levels/\(peer.id!)/links",
                    .div(
                        .class("grid-3"), field(ctx, model, "unit_code", T.levelsLocalUnit),
                        field(ctx, model, "remote_code", T.levelsRemoteCode)),
                    submit: T.levelsLinkAdd)),
            .section(.h2(.text(t(T.levelsOutbox))), outbox(ctx, model.outbox)),
            .section(
                .h2(.text(t(T.levelsNewKeys))),
                form(
                    ctx, action: "/levels/\(peer.id!)/keys",
                    field(ctx, model, "inbound_key", T.levelsInboundKey, hint: t(T.levelsKeyHint, model.suggestedKey)),
                    field(
                        ctx, model, "outbound_key", T.levelsOutboundKey, hint: t(T.levelsKeyHint, model.suggestedOutboundKey)),
                    submit: T.levelsNewKeys),
                .if(
                    !peer.isRevoked,
                    form(ctx, action: "/levels/\(peer.id!)/revoke", submit: T.levelsRevoke))),
        ]
    }

    private static func form(_ ctx: PageContext, action: String, _ fields: BodyNode..., submit: L) -> BodyNode {
        Components.form(
            .attribute(named: "method", value: "post"), .attribute(named: "action", value: action),
            .attribute(named: "novalidate", value: "novalidate"), Components.csrfField(ctx), .group(fields),
            .div(.class("form-actions"), .button(.class("button"), .type(.submit), .text(ctx.t(submit)))))
    }

    private static func field(_ ctx: PageContext, _ model: Model, _ name: String, _ label: L, hint: String? = nil)
        -> BodyNode
    {
        Components.textField(
            .init(
                name: name, label: ctx.t(label), value: model.typed[name] ?? "", required: true, hint: hint,
                autocomplete: "off", error: model.errors.message(for: name)))
    }

    private static func outbox(_ ctx: PageContext, _ messages: [LevelOutboxMessage]) -> BodyNode {
        let t = ctx.t
        guard !messages.isEmpty else { return .p(.class("empty"), .text(t(T.levelsNoOutbox))) }
        let columns = [T.levelsSeq, T.levelsKind, T.levelsState, T.levelsAttempts, T.levelsNextAttempt, T.levelsLastError]
        return .div(
            .class("table-wrap"),
            .table(
                .class("data card-rows"),
                .thead(.tr(.forEach(columns) { .th(.text(t($0))) })),
                .tbody(
                    .forEach(messages) { message in
                        let state: L =
                            switch message.state {
                            case LevelOutboxMessage.State.delivered.rawValue: T.levelsStateDelivered
                            case LevelOutboxMessage.State.refused.rawValue: T.levelsStateRefused
                            default: T.levelsStatePending
                            }
                        let pending = message.state == LevelOutboxMessage.State.pending.rawValue
                        return .tr(
                            .td(.text(String(message.seq))),
                            .td(
                                .attribute(named: "data-label", value: t(T.levelsKind)),
                                .text(
                                    t(
                                        message.kind == LevelMessageKind.taskAssigned.rawValue
                                            ? T.levelsKindAssigned
                                            : message.kind == LevelMessageKind.figuresDay.rawValue
                                                ? T.levelsKindFigures : T.levelsKindStep))),
                            .td(.attribute(named: "data-label", value: t(T.levelsState)), .text(t(state))),
                            .td(.attribute(named: "data-label", value: t(T.levelsAttempts)), .text(String(message.attempts))),
                            .td(
                                .attribute(named: "data-label", value: t(T.levelsNextAttempt)),
                                .text(pending && message.attempts > 0 ? VNFormat.dateTime(message.nextAttemptAt) : "")),
                            .td(.attribute(named: "data-label", value: t(T.levelsLastError)), .text(message.lastError ?? "")))
                    })))
    }
}
