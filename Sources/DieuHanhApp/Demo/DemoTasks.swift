import DieuHanhCore
import Fluent
import Foundation

/// A few hundred tasks for the demonstration province, 2020–2026: documents from the Government, the Prime
/// Minister and the province; tasks completed on time or late, extended, cancelled, overdue, due soon, and some
/// waiting on a decision. Deterministic: the same rows every run, so `demo` stays idempotent.
enum DemoTasks {
    /// SplitMix64: small, fast, and the same on every platform.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
        mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
    }

    static let verbs = [
        "Triển khai thực hiện", "Rà soát, đánh giá", "Xây dựng kế hoạch", "Tham mưu UBND tỉnh ban hành quy định về",
        "Báo cáo kết quả", "Chủ động phối hợp tháo gỡ khó khăn về", "Đẩy nhanh tiến độ", "Kiểm tra, đôn đốc",
    ]
    static let subjects = [
        "chuyển đổi số trong cơ quan nhà nước", "giải ngân vốn đầu tư công", "cải cách thủ tục hành chính",
        "phòng, chống thiên tai và tìm kiếm cứu nạn", "xây dựng nông thôn mới", "sắp xếp đơn vị hành chính cấp xã",
        "phát triển các khu công nghiệp", "bảo vệ môi trường lưu vực sông Cầu", "y tế cơ sở",
        "giáo dục nghề nghiệp", "bồi thường, giải phóng mặt bằng", "thu ngân sách nhà nước",
        "an toàn thực phẩm", "quản lý đất đai", "phát triển du lịch", "chương trình mục tiêu quốc gia giảm nghèo",
    ]
    static let domains = ["Kinh tế", "Văn hóa - Xã hội", "Nội chính", "Tài nguyên - Môi trường", "Đầu tư công"]

    /// (issuer code, notation format, type) of the documents; `%d` is the number.
    static let issuers: [(String, String)] = [
        ("CP", "%d/NQ-CP"), ("TTG", "%d/CT-TTg"), ("TTG", "%d/QĐ-TTg"), ("VPCP", "%d/TB-VPCP"),
        ("UBND", "%d/KH-UBND"), ("UBND", "%d/QĐ-UBND"), ("UBND", "%d/UBND-TH"), ("VP", "%d/TB-VP"),
    ]

    static func rows(today: CivilDate) -> [TaskImport.Row] {
        var g = Generator(state: 2020)
        var rows: [TaskImport.Row] = []
        let start = CivilDate(year: 2020, month: 1, day: 6)!
        let lastDay = min(today, CivilDate(year: 2026, month: 11, day: 15)!)
        let span = start.days(to: lastDay)
        for documentIndex in 0..<60 {
            let issued = start.adding(days: span * documentIndex / 60 + g.int(0...20))
            guard issued <= lastDay else { break }
            let (issuer, format) = g.pick(issuers)
            let number = g.int(1...180)
            guard case .success(let notation) = DocumentNumber.parse(String(format: format, number)) else { continue }
            let leads = leadUnits(on: issued)
            for taskIndex in 0..<g.int(2...10) {
                let lead = g.pick(leads)
                var coordinators: [String] = []
                if g.chance(40) { coordinators.append(g.pick(leads.filter { $0 != lead })) }
                let assigned = issued.adding(days: g.int(0...5))
                let deadline: CivilDate? = g.chance(10) ? nil : assigned.adding(days: g.pick([15, 30, 45, 60, 90, 180, 365]))
                var extended: CivilDate?
                var approvedOn: CivilDate?
                var completed: CivilDate?
                var cancelled: CivilDate?
                if let deadline, g.chance(15) {
                    approvedOn = deadline.adding(days: -g.int(1...10))
                    extended = deadline.adding(days: g.pick([15, 30, 60]))
                    if approvedOn! < assigned { approvedOn = assigned }
                }
                let due = extended ?? deadline ?? assigned.adding(days: 120)
                if g.chance(4) {
                    cancelled = assigned.adding(days: g.int(5...60))
                } else if due < today.adding(days: -20) || g.chance(30) {
                    // Most finished work is on time; some is late, some never came.
                    let roll = g.int(1...100)
                    if roll <= 72 {
                        completed = assigned.adding(days: g.int(1...max(1, assigned.days(to: due))))
                    } else if roll <= 86 {
                        completed = due.adding(days: g.int(1...40))
                    }
                }
                if let c = completed, c > lastDay { completed = nil }
                if let c = cancelled, c > lastDay { cancelled = nil }
                if let a = approvedOn, a > lastDay {
                    approvedOn = nil
                    extended = nil
                }
                rows.append(
                    TaskImport.Row(
                        line: 0, ma: "DEMO-\(documentIndex + 1)-\(taskIndex + 1)", notation: notation, documentDate: issued,
                        summary: "Về " + g.pick(subjects), assigner: issuer,
                        content: g.pick(verbs) + " " + g.pick(subjects) + (g.chance(30) ? " năm \(assigned.year)" : ""),
                        lead: lead, coordinators: coordinators, assignedOn: assigned, deadline: deadline,
                        extendedDeadline: extended, extensionApprovedOn: approvedOn, completedOn: completed,
                        cancelledOn: cancelled))
            }
        }
        return rows
    }

    /// Departments and communes that existed on that day (the 2025 mergers change the list).
    static func leadUnits(on day: CivilDate) -> [String] {
        let candidates = DemoUnits.departments + DemoUnits.districtsAndCommunes
        return candidates.filter { row in
            row.kind != .other && (row.validFrom.map { $0 <= day } ?? true) && (row.validTo.map { day <= $0 } ?? true)
        }.map(\.code)
    }

    /// Steps that wait on someone now: extension requests to decide, completions to confirm, progress notes.
    static func addLiveSteps(today: CivilDate, on db: Database) async throws {
        guard try await TaskEventRecord.query(on: db).filter(\.$note == demoNote).count() == 0 else { return }
        let open = try await TaskItem.query(on: db).filter(\.$ma >= "DEMO-").filter(\.$deadline >= today.adding(days: -30).iso)
            .sort(\.$ma).all()
        var g = Generator(state: 2026)
        var touched: [UUID] = []
        for task in open.prefix(40) {
            let state = TaskLifecycleState(
                events: (try await TaskFactsLoader.events(for: [task.id!], on: db)[task.id!] ?? [])
                    .compactMap(\.coreEvent))
            guard !state.completed, !state.cancelled else { continue }
            let event = TaskEventRecord()
            event.taskID = task.id!
            event.recordedOn = today.iso
            event.effectiveOn = today.iso
            event.actorName = "demo"
            event.note = demoNote
            switch g.int(1...3) {
            case 1:
                event.kind = TaskEvent.Kind.extensionRequested.rawValue
                event.newDeadline = (task.deadlineDate ?? today).adding(days: 30).iso
            case 2:
                event.kind = TaskEvent.Kind.completionReported.rawValue
                event.effectiveOn = today.adding(days: -g.int(0...3)).iso
            default:
                event.kind = TaskEvent.Kind.progressReported.rawValue
                event.percent = g.pick([20, 40, 60, 80])
            }
            try await event.create(on: db)
            touched.append(task.id!)
        }
        try await TaskStatusIndex.refresh(touched, on: db)
    }

    static let demoNote = "Dữ liệu mẫu: đang chờ xử lý"
}
