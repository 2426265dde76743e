import DieuHanhCore
import Foundation

/// Everything the review report (báo cáo kiểm điểm, DOMAIN §9) says, computed once from recorded facts; the DOCX,
/// XLSX and HTML renderers only lay it out, so the three always carry the same figures.
package struct ReviewReport: Sendable {
    /// A task row of an appendix table.
    struct TaskLine: Sendable {
        /// "Nghị quyết số 01/NQ-CP ngày 01/01/2020 của Chính phủ" as the appendix writes it.
        var document: String
        var content: String
        var deadline: CivilDate?
        var unit: String
        /// Days past the deadline as of the cut-off; nil without a deadline.
        var daysLate: Int?
        /// The latest progress note, for the "ghi chú" column.
        var note: String
        /// "Đã đôn đốc N lần (Công văn số …)" when urged by letters dated by the cut-off (DOMAIN §11); else empty.
        var urged = ""

        /// The content with the urging note under it, where a table has no column for it.
        var contentWithUrging: String { urged.isEmpty ? content : content + "\n" + urged }
    }

    /// One lead unit's line of the per-unit breakdown.
    struct UnitLine: Sendable {
        var name: String
        var counts: TaskCounts
        /// Days late summed over the late tasks (completed late: at completion; overdue: at the cut-off).
        var daysLateTotal: Int

        var lateTasks: Int { counts.completedLate + counts.pendingOverdue }

        /// Average days late of the late tasks, rounded half up to one decimal (exact: from the integer sums).
        var averageDaysLate: Decimal? {
            guard lateTasks > 0 else { return nil }
            var exact = Decimal(daysLateTotal) / Decimal(lateTasks)
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 1, .plain)
            return rounded
        }

        /// "12,3", or "—" without late tasks.
        var averageDaysLateText: String { averageDaysLate.map { VNFormat.decimal($0, fractionDigits: 1) } ?? "—" }
    }

    /// "Ủy ban nhân dân tỉnh Bình Dương".
    var provinceName: String
    /// "Bình Dương": the place in "Bình Dương, ngày … tháng … năm …".
    var place: String
    var period: ReportPeriod
    var asOf: CivilDate

    /// Tasks from the Government and the Prime Minister to the province's units, assigned in the period.
    var government: TaskCounts
    var governmentDocuments: Int
    var governmentOverdue: [TaskLine]
    /// Tasks the province itself (UBND, its chairman and vice-chairmen, its office) assigned in the period.
    package var province: TaskCounts
    var provinceDocuments: Int
    /// Ministries' tasks concerning the province still not done as of the cut-off: overdue, or without a deadline.
    var ministriesOverdue: [TaskLine]
    /// Every lead unit with tasks in the period, best first.
    var units: [UnitLine]
    /// The work programme's figures for the period (Phụ lục IV, `ReviewReport+Programme.swift`).
    var programme: ProgrammePart = .none
    /// The socio-economic indicators of the period's year as of the cut-off (Phụ lục V, `ReviewReport+Indicators.swift`).
    var indicators: IndicatorReport? = nil
    /// The report's figures as one object (CONTRACT), for the groups and carried-over tasks of section 7.
    var figures: ReviewFiguresJSON? = nil
    /// The office's outline and text, and once issued its number, date and signature (`Drafts/`); nil for the
    /// figures-only report.
    var written: WrittenReview? = nil

    var title: String { "Kết quả công tác chỉ đạo, điều hành của \(provinceShortName) \(period.label)" }

    /// "UBND tỉnh Bình Dương".
    var provinceShortName: String {
        provinceName.replacingOccurrences(of: "Ủy ban nhân dân", with: "UBND")
            .replacingOccurrences(of: "Uỷ ban nhân dân", with: "UBND")
    }

    /// The caption every appendix carries (NĐ 30/2020): the number and date of the issued report, else left for the
    /// office to fill in.
    var appendixCaption: String {
        if let issue = written?.issue {
            return "(Kèm theo Báo cáo số \(issue.notation) ngày \(VNFormat.date(issue.date)) của \(provinceShortName))"
        }
        return "(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm \(asOf.year) của \(provinceShortName))"
    }

    var governmentHeadline: String {
        ReviewProse.tasks(
            government, started: figures?.government.started, documents: governmentDocuments,
            source: "Chính phủ, Thủ tướng Chính phủ")
    }

    var provinceHeadline: String {
        ReviewProse.tasks(
            province, started: figures?.province.started, documents: provinceDocuments,
            source: "\(provinceShortName), Chủ tịch UBND tỉnh")
    }

    var lateUnitsSentence: String {
        ReviewProse.lateUnits(units.map { (name: $0.name, overdue: $0.counts.pendingOverdue) })
    }

    var cutOffSentence: String { "Số liệu trong báo cáo được tổng hợp đến hết \(VNFormat.proseDate(asOf))." }

    static let governmentAppendixTitle = "Kết quả thực hiện nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao cho địa phương"
    static let ministriesAppendixTitle =
        "Thống kê nhiệm vụ giao các Bộ có liên quan đến địa phương nhưng chưa được các Bộ, "
        + "cơ quan triển khai thực hiện (đã quá hạn)"
    static let unitsAppendixTitle = "Kết quả thực hiện nhiệm vụ giao trong kỳ theo đơn vị chủ trì"
    /// Columns of the ministries' appendix (DOMAIN §9).
    static let ministriesColumns = [
        "TT", "Văn bản giao nhiệm vụ", "Nội dung nhiệm vụ", "Thời hạn hoàn thành",
        "Bộ, cơ quan được giao nhiệm vụ", "Ghi chú",
    ]
    static let overdueColumns = [
        "TT", "Văn bản giao nhiệm vụ", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành",
        "Số ngày quá hạn",
    ]
    static let unitColumns = [
        "TT", "Đơn vị chủ trì", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành trong hạn",
        "Chưa hoàn thành quá hạn", "Không thời hạn", "Tỷ lệ hoàn thành đúng hạn", "Số ngày trễ bình quân",
    ]
}
