import DieuHanhCore
import Foundation

extension DemoProgramme {
    // MARK: - The demonstration province

    /// Forms of the generated items' titles, with the body they go to; `%@` is a topic, `%d` the next year.
    private static let generatedForms: [(String, String)] = [
        ("Báo cáo kết quả công tác %@", "TU"),
        ("Nghị quyết quy định chính sách hỗ trợ %@", "HDND"),
        ("Đề án nâng cao hiệu quả %@ giai đoạn %d – 2030", "TU"),
        ("Kế hoạch triển khai %@", "UBND"),
        ("Quy định về %@ trên địa bàn tỉnh", "UBND"),
        ("Báo cáo kết quả thực hiện %@", "HDND"),
        ("Chương trình hành động về %@", "TTUBND"),
    ]

    /// Topics with the department that leads them, before and after the mergers of 1/3/2025 (DemoUnits).
    private static let generatedTopics: [(String, String, String)] = [
        ("chuyển đổi số", "STTTT", "SKHCN"), ("giải ngân vốn đầu tư công", "SKHDT", "STC"), ("cải cách hành chính", "SNV", "SNV"),
        ("xây dựng nông thôn mới", "SNNPTNT", "SNNMT"), ("phát triển du lịch", "SVHTTDL", "SVHTTDL"),
        ("sắp xếp đơn vị hành chính cấp xã", "SNV", "SNV"), ("phát triển các khu công nghiệp", "BQLKCN", "BQLKCN"),
        ("bảo vệ môi trường lưu vực sông Cầu", "STNMT", "SNNMT"), ("y tế cơ sở", "SYT", "SYT"),
        ("giáo dục nghề nghiệp", "SLDTBXH", "SGDDT"), ("thu ngân sách nhà nước", "STC", "STC"),
        ("an toàn thực phẩm", "SYT", "SYT"),
        ("quản lý đất đai", "STNMT", "SNNMT"), ("giảm nghèo bền vững", "SLDTBXH", "SNNMT"),
        ("phát triển kinh tế tập thể", "SKHDT", "STC"), ("tổ chức chính quyền địa phương hai cấp", "SNV", "SNV"),
    ]

    /// 2025 and 2026 for the demonstration province: 36 items a year, every step dated no later than `today`.
    static func generated(today: CivilDate) -> [ProgrammeImport.Row] {
        var g = DemoTasks.Generator(state: 4049)
        var rows: [ProgrammeImport.Row] = []
        let mergers = CivilDate(year: 2025, month: 3, day: 1)!
        for year in [2025, 2026] {
            for n in 1...36 {
                let month = CivilMonth(year: year, month: (n - 1) / 3 + 1)!
                let origin: ProgrammeOrigin = g.chance(15) && month.month > 2 ? .added : .startOfYear
                let addedOn = origin == .added ? month.adding(months: -1).firstDay.adding(days: g.int(0...20)) : nil
                if let addedOn, addedOn > today { continue }
                let (form, body) = g.pick(generatedForms)
                let (topic, before, after) = g.pick(generatedTopics)
                let title =
                    form.replacingOccurrences(of: "%@", with: topic).replacingOccurrences(of: "%d", with: String(year + 1))
                    + (form.contains("giai đoạn") ? "" : " năm \(year)")
                let lead = month.firstDay < mergers ? before : after
                var submitted: CivilDate?
                var issued: CivilDate?
                var withdrawn: CivilDate?
                var postponedTo: CivilMonth?
                var postponedOn: CivilDate?
                let roll = g.int(1...100)
                if roll <= 6 {
                    withdrawn = month.firstDay.adding(days: g.int(0...20))
                } else if roll <= 16 {
                    postponedOn = month.firstDay.adding(days: g.int(0...15))
                    postponedTo = month.adding(months: g.pick([1, 2, 3]))
                }
                let due = postponedTo ?? month
                if withdrawn == nil {
                    let lateness = g.int(1...100)
                    if lateness <= 72 {
                        submitted = due.firstDay.adding(days: g.int(0...25))
                    } else if lateness <= 88 {
                        submitted = due.lastDay.adding(days: g.int(3...40))
                    }
                    if let s = submitted, g.chance(75) { issued = s.adding(days: g.int(5...30)) }
                }
                if let d = withdrawn, d > today { withdrawn = nil }
                if let d = postponedOn, d > today {
                    postponedOn = nil
                    postponedTo = nil
                }
                if let d = submitted, d > today {
                    submitted = nil
                    issued = nil
                }
                if let d = issued, d > today { issued = nil }
                rows.append(
                    ProgrammeImport.Row(
                        line: 0, ma: "DEMO-CT-\(year)-\(String(format: "%02d", n))", title: title, lead: lead,
                        body: ProgrammeBody(rawValue: body)!, kind: ProgrammeItemKind.guess(from: title), plannedMonth: month,
                        origin: origin,
                        addedOn: addedOn, submittedOn: submitted, issuedOn: issued,
                        issuedDocument: issued == nil ? "" : "Văn bản số \(n)/\(year) (minh họa)",
                        withdrawnOn: withdrawn, postponedTo: postponedTo, postponedOn: postponedOn))
            }
        }
        return rows
    }

    static let generatedDecisions: [(Int, String, String)] = [
        (2025, "112/QĐ-UBND", "16/01/2025"), (2026, "85/QĐ-UBND", "14/01/2026"),
    ]
}
