import Plot
import Vapor

enum ErrorPage {
    static func response(for req: Request, status: HTTPStatus, message: String) -> Response {
        let ctx = req.pageContext()
        let t = ctx.t
        let title = status == .notFound ? t(T.errNotFoundTitle) : t(T.errTitle)
        return Layout.response(
            ctx, title: title, section: nil, status: status,
            content: [
                Components.pageHeader(title),
                .p(.text(message)),
                .p(.a(.class("button"), .href(ctx.user == nil ? "/sign-in" : "/"), .text(t(T.errBackHome)))),
            ])
    }
}
