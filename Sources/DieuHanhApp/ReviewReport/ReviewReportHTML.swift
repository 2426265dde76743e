import DieuHanhCore
import Foundation
import Plot

/// The review report as HTML: the print view in the browser and `report review --format html`.
enum ReviewReportHTML {
    /// The report's sheet, for a page of the app (styled by `.report-sheet` in the stylesheet).
    static func sheet(_ r: ReviewReport) -> BodyNode {
        .article(
            .class("report-sheet"), .keyboardScrollable,
            .div(
                .class("doc-header"),
                .div(
                    .strong(.text("ỦY BAN NHÂN DÂN")), .strong(.text("TỈNH " + r.place.uppercased())),
                    .p(.text("Số: " + (r.written?.issue?.notation ?? "     /BC-UBND")))),
                .div(
                    .strong(.text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), .strong(.text("Độc lập - Tự do - Hạnh phúc")),
                    .p(
                        .class("place-date"),
                        .text(
                            r.written?.issue.map { "\(r.place), \(VNFormat.proseDate($0.date))" }
                                ?? "\(r.place), ngày      tháng      năm \(r.asOf.year)")))),
            .h2(.text("BÁO CÁO")),
            .h3(.text(r.title)),
            .p(.class("body"), .text(r.introSentence)),
            r.written.map { writtenBody(r, $0) }
                ?? .forEach(r.sections) { section in
                    .group(.h4(.text(section.heading)), .forEach(section.paragraphs) { .p(.class("body"), .text($0)) })
                },
            .p(.class("body"), .em(.text(r.cutOffSentence))),
            .p(.class("body"), .text(r.closingSentence)),
            .unwrap(r.written) { signature(r, $0) },
            appendix(
                "PHỤ LỤC I", ReviewReport.governmentAppendixTitle, r,
                [
                    .p(.text("1. Thống kê kết quả thực hiện:")),
                    .forEach(r.governmentLines) { .p(.class("level-\($0.level)"), .text($0.text)) },
                    .p(.text("2. Thống kê chi tiết các nhiệm vụ chưa hoàn thành quá hạn:")),
                    r.governmentOverdue.isEmpty
                        ? .p(.text("Không có."))
                        : table(
                            ReviewReport.overdueColumns,
                            r.governmentOverdue.enumerated().map { i, l in
                                [
                                    String(i + 1), l.document, l.contentWithUrging, l.unit,
                                    l.deadline.map(VNFormat.date) ?? "",
                                    l.daysLate.map(String.init) ?? "",
                                ]
                            }),
                ]),
            appendix(
                "PHỤ LỤC II", ReviewReport.ministriesAppendixTitle, r,
                [
                    r.ministriesOverdue.isEmpty
                        ? .p(.text("Không có."))
                        : table(
                            ReviewReport.ministriesColumns,
                            r.ministriesOverdue.enumerated().map { i, l in
                                [
                                    String(i + 1), l.document, l.content, l.deadline.map(VNFormat.date) ?? "", l.unit,
                                    [l.urged, l.note].filter { !$0.isEmpty }.joined(separator: "\n"),
                                ]
                            })
                ]),
            appendix(
                "PHỤ LỤC III", ReviewReport.unitsAppendixTitle, r,
                [
                    r.units.isEmpty ? .p(.text("Không có.")) : table(ReviewReport.unitColumns, r.unitRows)
                ]),
            programmeAppendix(r),
            indicatorsAppendix(r),
            .unwrap(r.written) { _ in
                .p(.class("checksum"), .text("Mã kiểm tra số liệu (SHA-256): \(r.figures?.figures_sha256 ?? "")"))
            }
        )
    }

    /// A self-contained HTML file (its own styles; no app needed to open it).
    static func document(_ r: ReviewReport) -> String {
        let html = HTML(
            .head(.meta(.charset(.utf8)), .title(r.title), .raw("<style>\(fileStyles)</style>")),
            .body(sheet(r))
        )
        return html.render()
    }

    private static func appendix(_ number: String, _ title: String, _ r: ReviewReport, _ content: [BodyNode]) -> BodyNode {
        .section(
            .class("appendix"), .h3(.text(number)), .h3(.text(title)), .p(.class("caption"), .text(r.appendixCaption)),
            .group(content))
    }

    private static func table(_ columns: [String], _ rows: [[String]]) -> BodyNode {
        .table(
            .thead(.tr(.forEach(columns) { .th(.text($0)) })),
            .tbody(.forEach(rows) { row in .tr(.forEach(row) { .td(.text($0)) }) }))
    }

    private static let fileStyles = """
        body { font-family: "Times New Roman", Times, serif; font-size: 14pt; max-width: 60rem; margin: 2rem auto; }
        .doc-header { display: grid; grid-template-columns: 2fr 3fr; text-align: center; gap: 1rem; }
        .doc-header strong { display: block; } .place-date { font-style: italic; }
        h2, h3 { text-align: center; } p.body { text-align: justify; text-indent: 1.27cm; }
        table { border-collapse: collapse; width: 100%; font-size: 12pt; } th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
        .caption { text-align: center; font-style: italic; } .appendix { break-before: page; }
        .level-1 { margin: 2pt 0 2pt 1.27cm; } .level-2 { margin: 2pt 0 2pt 2.54cm; }
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        """
}
