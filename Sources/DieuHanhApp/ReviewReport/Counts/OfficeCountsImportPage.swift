import DieuHanhCore
import Plot
import Vapor

/// `/reports/review/counts/import`: the same counts from a CSV file, any number of periods at once.
enum OfficeCountsImportPage {
    /// The period's fields given, to carry back to the grid.
    static func given(_ q: ReportsController.Query) -> [(String, String)] {
        [("from", q.from), ("to", q.to), ("as_of", q.as_of)].compactMap { key, value in
            value.flatMap { $0.isEmpty ? nil : (key, $0) }
        }
    }

    /// "?from=…&to=…" of the period given, or nothing.
    static func query(_ q: ReportsController.Query) -> String {
        let safe = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-./_"))
        let pairs = given(q).map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: safe) ?? "")" }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }

    static func response(
        _ ctx: PageContext, query q: ReportsController.Query, error: String? = nil, status: HTTPStatus = .ok
    ) -> Response {
        let t = ctx.t
        let back = given(q)
        let backQuery = query(q)
        return Layout.response(
            ctx, title: t(T.countsImport), section: .reports, status: status,
            content: [
                .p(
                    .class("breadcrumb"),
                    .a(.href("/reports/review/counts" + backQuery), .text(t(T.countsTitle)))),
                Components.pageHeader(t(T.countsImport), lead: t(T.countsImportLead)),
                .unwrap(error) { message in
                    .div(
                        .class("error-summary"), .attribute(named: "role", value: "alert"),
                        .attribute(named: "tabindex", value: "-1"),
                        .h2(.text(t(T.countsImportFailed))), .p(.text(message)))
                },
                Components.form(
                    .attribute(named: "method", value: "post"),
                    .attribute(named: "action", value: "/reports/review/counts/import"),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    Components.csrfField(ctx),
                    .forEach(back) { .input(.type(.hidden), .name($0.0), .value($0.1)) },
                    .div(
                        .class("field"),
                        .label(.for("f-file"), .text(t(T.countsImportFile))),
                        .p(.class("hint"), .id("h-file"), .text(t(T.countsImportHint))),
                        .input(
                            .id("f-file"), .name("file"), .type(.file), .attribute(named: "accept", value: ".csv,text/csv"),
                            .attribute(named: "aria-describedby", value: "h-file"))),
                    .button(.class("button primary"), .type(.submit), .text(t(T.countsImportButton)))
                ),
                .section(
                    .h2(.text(t(T.countsImportColumns))),
                    .pre(
                        .code(
                            .text(
                                (OfficeCountImport.required.prefix(3) + OfficeCountImport.optional + ["so_luong"]).joined(
                                    separator: ",")))),
                    .p(.class("muted"), .text(t(T.countsImportColumnsText)))),
            ])
    }
}
