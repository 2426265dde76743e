import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// The choices behind a review report — period and cut-off — read the same way by the page and the command.
package struct ReviewReportRequest: Sendable {
    package enum Format: String, CaseIterable, Sendable {
        case docx, xlsx, html

        var contentType: String {
            switch self {
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            case .html: "text/html; charset=utf-8"
            }
        }
    }

    var period: ReportPeriod
    var asOf: CivilDate

    /// A period code (`2020-H1`) or both ends; the cut-off defaults to the period's end, or today if that is later.
    static func parse(
        period code: String?, from: String?, to: String?, asOf: String?, today: CivilDate,
        t: Localizer
    ) throws -> ReviewReportRequest {
        var errors: [FieldError] = []
        func date(_ text: String?, _ field: String) -> CivilDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if let date = CivilDate.parse(text) { return date }
            errors.append(.init(field: field, message: t.dateError(text)))
            return nil
        }
        let start = date(from, "from")
        let end = date(to, "to")
        let cutOff = date(asOf, "as_of")
        var period: ReportPeriod?
        if let start, let end {
            if start > end { errors.append(.init(field: "to", message: t(T.statsRangeReversed))) }
            period = ReportPeriod(from: start, to: end)
        } else if let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            period = ReportPeriod(code: code)
            if period == nil { errors.append(.init(field: "period", message: t(T.reviewPeriodInvalid))) }
        } else if errors.isEmpty {
            errors.append(.init(field: "period", message: t(T.reviewPeriodRequired)))
        }
        if let period, let cutOff, cutOff < period.from {
            errors.append(.init(field: "as_of", message: t(T.reviewCutOffBeforePeriod)))
        }
        try errors.throwIfAny()
        return ReviewReportRequest(period: period!, asOf: cutOff ?? min(period!.to, today))
    }

    /// The file for this request, in one format.
    package static func render(_ report: ReviewReport, as format: Format) throws -> Data {
        switch format {
        case .docx: try ReviewReportDOCX.data(report)
        case .xlsx: try ReviewReportXLSX.data(report)
        case .html: Data(ReviewReportHTML.document(report).utf8)
        }
    }

    /// "bao-cao-kiem-diem-2020-01-01-2020-06-30-chot-2020-06-14.docx".
    func fileName(_ format: Format) -> String {
        "bao-cao-kiem-diem-\(period.from.iso)-\(period.to.iso)-chot-\(asOf.iso).\(format.rawValue)"
    }
}

extension ReviewReportRequest {
    /// The report this request asks for, built from the recorded facts; a database without a province is the
    /// page's error, not a server's.
    func report(t: Localizer, on db: Database) async throws -> ReviewReport {
        do {
            let province = try await ReviewReportBuilder.province(code: nil, asOf: asOf, on: db)
            return try await ReviewReportBuilder.build(period: period, asOf: asOf, province: province, on: db)
        } catch ReviewReportBuilder.Failure.noProvince {
            throw ValidationFailure(errors: [.init(field: "period", message: t(T.reviewNoProvince))])
        }
    }
}
