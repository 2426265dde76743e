import Foundation

extension ReviewProse {
    /// The headline on the work programme, worded as seed 001 words it: "Theo Chương trình công tác 6 tháng đầu năm
    /// 2020, UBND tỉnh đã thực hiện 37/42 nội dung (đạt 88,1%); còn lại 05 nội dung chưa trình: A; B; C; D; E."
    /// "Thực hiện" counts the items submitted (column 5) of those due (column 4); `unfinished` are the titles of the
    /// items still to be submitted (column 7), in the order to print. Late submissions get a sentence of their own.
    public static func programme(
        _ counts: ProgrammeCounts, periodLabel: String, unfinished: [String],
        subject: String = "UBND tỉnh"
    ) -> String {
        let opening = "Theo Chương trình công tác \(periodLabel), \(subject)"
        guard counts.total > 0, let rate = counts.rateText else {
            return "\(opening) không có nội dung phải trình."
        }
        var text =
            "\(opening) đã thực hiện \(VNFormat.integer(counts.submitted))/\(VNFormat.integer(counts.total)) nội dung (đạt \(rate))"
        if counts.notSubmitted > 0 {
            text += "; còn lại \(VNFormat.count(counts.notSubmitted)) nội dung chưa trình"
            let titles = unfinished.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .map { $0.hasSuffix(".") || $0.hasSuffix(";") ? String($0.dropLast()) : $0 }
                .filter { !$0.isEmpty }
            if !titles.isEmpty { text += ": " + titles.joined(separator: "; ") }
        }
        text += "."
        if counts.submittedLate > 0 {
            text +=
                " Trong số nội dung đã trình, có \(VNFormat.count(counts.submittedLate)) nội dung trình muộn so với "
                + "tháng kế hoạch."
        }
        return text
    }
}

extension ReviewProse {
    /// The province's items in the Government's and the Prime Minister's programme (seed 001's Phụ lục I), apart
    /// from its own: seed 001's "UBND tỉnh không có nội dung trong Chương trình công tác của Chính phủ, Thủ tướng
    /// Chính phủ." when none was planned in the period, else how many of those due were submitted.
    public static func governmentProgramme(_ counts: ProgrammeCounts, subject: String = "UBND tỉnh") -> String {
        let programme = "Chương trình công tác của Chính phủ, Thủ tướng Chính phủ"
        guard counts.initial + counts.added > 0 else { return "\(subject) không có nội dung trong \(programme)." }
        guard counts.total > 0, let rate = counts.rateText else {
            return "Các nội dung của \(subject) trong \(programme) thuộc kỳ báo cáo đều đã được chuyển sang kỳ khác "
                + "hoặc rút khỏi chương trình."
        }
        var text =
            "Đối với \(programme), \(subject) đã trình \(VNFormat.integer(counts.submitted))/"
            + "\(VNFormat.integer(counts.total)) nội dung (đạt \(rate))"
        if counts.notSubmitted > 0 { text += "; còn \(VNFormat.count(counts.notSubmitted)) nội dung chưa trình" }
        return text + "."
    }
}
