import DieuHanhCore
import DieuHanhOffice
import Foundation

/// The ranking as a sheet: one row per unit with its figures as numbers, then the formula and its weights.
enum EmulationXLSX {
    static let columns = [
        "Hạng", "Đơn vị", "Chủ trì đến hạn", "Đúng hạn", "Hoàn thành quá hạn", "Chưa hoàn thành quá hạn", "Số ngày trễ",
        "Bị yêu cầu giải trình",
        "Phối hợp đến hạn", "Phối hợp đúng hạn", "Báo cáo phải gửi", "Báo cáo đúng hạn", "Tỷ lệ hoàn thành (%)",
        "Tỷ lệ đúng hạn (%)", "Điểm", "Đủ tiêu chuẩn khen thưởng",
    ]

    static func workbook(_ r: EmulationRanking.Result) -> XLSXWorkbook {
        typealias Cell = XLSXWorkbook.Cell
        func number(_ value: Int) -> Cell { .number(Double(value)) }
        func optional(_ value: Double?) -> Cell { value.map { .number($0) } ?? .empty }
        var rows: [[Cell]] = [columns.map { .text($0) }]
        for line in r.lines {
            let f = line.facts
            rows.append([
                number(line.rank), .text(line.unit.name), number(f.leadDue), number(f.leadOnTime), number(f.leadLate),
                number(f.leadOverdue), number(f.leadDaysLate), number(f.explanationsAsked), number(f.coordinationDue),
                number(f.coordinationOnTime),
                number(f.reportsDue), number(f.reportsOnTime), optional(line.score.completedRate),
                optional(line.score.onTimeRate), optional(line.score.score), .text(line.score.commended ? "Có" : ""),
            ])
        }
        rows.append([])
        // The formula under the table, each sentence across every column so that it wraps at the page's width.
        var styles: [Int: XLSXWorkbook.RowStyle] = [rows.count: .heading]
        var merges: [XLSXWorkbook.Merge] = []
        rows.append([.text("Cách tính điểm")])
        for sentence in EmulationScore.formula(r.weights) {
            styles[rows.count] = .note
            merges.append(XLSXWorkbook.Merge(row: rows.count, column: 0, columns: columns.count))
            rows.append([.text(sentence)])
        }
        var sheet = XLSXWorkbook.Sheet(
            name: "Thi đua \(r.year)", columnWidths: [6, 40] + Array(repeating: 12, count: columns.count - 2),
            title: ["KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM \(r.year)"],
            subtitle: ["Số liệu tính đến ngày \(VNFormat.date(r.asOf))"], rows: rows,
            page: XLSXPageSetup(orientation: .landscape))
        sheet.rowStyles = styles
        sheet.merges = merges
        return XLSXWorkbook(sheets: [sheet])
    }
}
