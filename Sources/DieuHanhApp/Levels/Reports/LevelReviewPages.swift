import DieuHanhCore
import Plot
import Vapor

/// The pages of review reports crossing up: the form that sends an issued report, and the reports received.
enum LevelReviewPages {
    struct SendModel {
        let draft: ReviewDraft
        let destinations: [LevelReviewExchange.Destination]
        var chosen = ""
        var errors: [FieldError] = []
    }

    static func send(_ ctx: PageContext, model: SendModel, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        let draft = model.draft
        let base = "/reports/review/drafts/\(draft.id!)"
        let options: [(value: String, label: String)] = model.destinations.map { destination in
            let peer = destination.peer.name
            guard let request = destination.request else { return (destination.value, t(T.levelReviewSendAlone, peer)) }
            return (
                destination.value,
                t(T.levelReviewSendAnswering, peer, request.title, VNFormat.date(request.deadlineDate))
            )
        }
        let form: BodyNode
        if !draft.isIssued {
            form = .p(.class("empty"), .text(t(T.levelReviewNotIssued)))
        } else if options.isEmpty {
            form = .p(.class("empty"), .text(t(T.levelReviewNoPeer)))
        } else {
            let issued = t(
                T.reviewDraftIssuedAs, draft.notation ?? "", draft.issuedDate.map(VNFormat.date) ?? "", draft.signer ?? "")
            let select = Components.selectField(
                .init(
                    name: "to", label: t(T.levelReviewSendTo), value: model.chosen, required: true,
                    error: model.errors.message(for: "to")),
                options: options)
            form = .group(
                .p(.text(issued)),
                Components.errorSummary(model.errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: base + "/send-up"),
                    Components.csrfField(ctx), select,
                    .div(
                        .class("form-actions"),
                        .button(.class("button primary"), .type(.submit), .text(t(T.levelReviewSendButton))))))
        }
        let content: [BodyNode] = [
            .p(.class("breadcrumb"), .a(.href(base), .text(t(T.reviewDraftHeading, draft.period.label)))),
            Components.pageHeader(t(T.levelReviewSendTitle), lead: t(T.levelReviewSendLead)), form,
        ]
        return Layout.response(ctx, title: t(T.levelReviewSendTitle), section: .reports, status: status, content: content)
    }

    struct ReceivedModel {
        let reviews: [LevelReceivedReview]
        let peerNames: [UUID: String]
        let unitNames: [UUID: String]
        let requests: [UUID: ReportRequest]
    }

    static func received(_ ctx: PageContext, model: ReceivedModel) -> Response {
        let t = ctx.t
        let headers = [
            T.levelReviewFrom, T.levelReviewNumber, T.levelReviewPeriod, T.levelReviewAnswers, T.levelReviewFigures,
            T.levelReviewReceivedAt,
        ]
        let table: BodyNode =
            model.reviews.isEmpty
            ? .p(.class("empty"), .text(t(T.levelReviewsNone)))
            : .div(
                .class("table-wrap"),
                .table(
                    .class("data card-rows"),
                    .thead(.tr(.forEach(headers) { .th(.text(t($0))) })),
                    .tbody(.forEach(model.reviews) { row(ctx, $0, model) })))
        let content: [BodyNode] = [
            .p(.class("breadcrumb"), .a(.href("/reports"), .text(t(T.reportsTitle)))),
            Components.pageHeader(t(T.levelReviewsReceivedTitle), lead: t(T.levelReviewsReceivedLead)), table,
        ]
        return Layout.response(ctx, title: t(T.levelReviewsReceivedTitle), section: .reports, content: content)
    }

    private static func row(_ ctx: PageContext, _ review: LevelReceivedReview, _ model: ReceivedModel)
        -> Node<HTML.TableContext>
    {
        let t = ctx.t
        func date(_ text: String) -> String { CivilDate.parse(text).map(VNFormat.date) ?? text }
        let request = review.requestID.flatMap { model.requests[$0] }
        return .tr(
            .td(
                .text(model.unitNames[review.unitID] ?? ""),
                .p(.class("muted"), .text(t(T.levelsFromPeer, model.peerNames[review.peerID] ?? "")))),
            .td(
                .attribute(named: "data-label", value: t(T.levelReviewNumber)),
                .a(
                    .href("/reports/review/received/\(review.id!)/report.docx"),
                    .text("\(review.notation) · \(date(review.issuedOn))")),
                .p(.class("muted"), .text(review.title))),
            .td(
                .attribute(named: "data-label", value: t(T.levelReviewPeriod)),
                .text(t(T.levelReviewPeriodRange, date(review.periodFrom), date(review.periodTo), date(review.asOf)))),
            .td(
                .attribute(named: "data-label", value: t(T.levelReviewAnswers)),
                .unwrap(request) { .a(.href("/reports/requests/\($0.id!)"), .text($0.title)) }),
            .td(
                .attribute(named: "data-label", value: t(T.levelReviewFigures)),
                review.figuresMatch
                    ? .span(.class("tag tag-open"), .text("✓ " + t(T.levelReviewMatch)))
                    : .span(.class("tag tag-bad"), .text("✗ " + t(T.levelReviewMismatch))),
                .p(.class("muted"), .text("SHA-256 \(review.computedSHA256.prefix(16))…"))),
            .td(
                .attribute(named: "data-label", value: t(T.levelReviewReceivedAt)),
                .text(VNFormat.dateTime(review.receivedAt))))
    }
}
