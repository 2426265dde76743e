import DieuHanhApp
import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The generator's state: the random stream, unit ids, document numbers.
struct Generator: Sendable {
    enum Assigner { case cp, ttg, ubnd, department }

    /// One province's units.
    struct Province: Sendable {
        let ubnd: UUID
        let office: UUID
        let departments: [UUID]
        let communes: [UUID]
    }

    var random = BenchRandom(seed: 20_250_101)
    let unit: [String: UUID]
    /// Notation body of an issuing unit: its code without the dots (`T01`, `T01SNV`).
    let body: [UUID: String]
    let provinces: [Province]
    let subUnits: [UUID: [UUID]]
    let ministries: [UUID]
    var documentNumbers: [String: Int] = [:]
    var taskNumber = 0
    var documentCount = 0
    var eventCount = 0
    var foldedText: [String: String] = [:]

    init(units: [OrgUnit], provinces count: Int) {
        let unit = Dictionary(uniqueKeysWithValues: units.map { ($0.code, $0.id!) })
        self.unit = unit
        body = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.code.replacingOccurrences(of: ".", with: "")) })
        provinces = (0..<count).map { p in
            Province(
                ubnd: unit[BenchUnits.provinceCode(p)]!, office: unit[BenchUnits.officeCode(p)]!,
                departments: BenchUnits.departments.map { unit[BenchUnits.departmentCode(p, $0.code)]! },
                communes: (0..<BenchUnits.communesPerProvince).map { unit[BenchUnits.communeCode(p, $0)]! })
        }
        ministries = BenchUnits.ministries.map { unit[$0.code]! }
        // Units under a department: where a department delegates.
        var children: [UUID: [UUID]] = [:]
        for row in BenchUnits.rows(provinces: count) where row.kind == .other {
            if let parent = row.parentCode { children[unit[parent]!, default: []].append(unit[row.code]!) }
        }
        subUnits = children
    }

    static let domains = [
        "Kinh tế", "Tài chính - Ngân sách", "Đầu tư công", "Đất đai - Môi trường", "Văn hóa - Xã hội",
        "Giáo dục", "Y tế", "Nội chính", "Cải cách hành chính", "Chuyển đổi số",
    ]
    static let actions = [
        "Triển khai thực hiện", "Báo cáo kết quả", "Rà soát, đề xuất", "Xây dựng kế hoạch",
        "Tham mưu văn bản chỉ đạo về", "Kiểm tra, đôn đốc", "Tổng hợp, đánh giá", "Hoàn thiện hồ sơ",
    ]
    static let topics = [
        "giải ngân vốn đầu tư công", "cải cách thủ tục hành chính", "chuyển đổi số", "phòng, chống thiên tai",
        "xây dựng nông thôn mới", "bảo vệ môi trường", "an toàn thực phẩm", "phát triển du lịch",
        "quản lý đất đai", "giảm nghèo bền vững", "thu ngân sách nhà nước", "phòng, chống dịch bệnh",
        "sắp xếp đơn vị hành chính", "phát triển doanh nghiệp", "an sinh xã hội", "trật tự an toàn giao thông",
    ]

    // MARK: Years and documents

    /// What is left to write of one year.
    struct Year {
        let first: CivilDate
        let last: CivilDate
        /// Task rows still to write: the top-level tasks, and the sub-tasks too when they have no room of their own.
        var left: Int
        /// Sub-tasks may take up to this many rows; nil: they count against `left`.
        let subTaskRoom: Int?
        var subTasks = 0
        let kind: Kind

        enum Kind {
            /// 1% of the documents are CP/TTg tasks led by ministries, the others a random province's.
            case mixed
            /// Only this province's tasks.
            case province(Int)
            /// Like `mixed`, without the first province (whose province-year is written on its own).
            case otherProvinces
        }

        init(_ year: Int, _ kind: Kind, topLevel: Int, subTaskRoom: Int?) {
            first = CivilDate(year: year, month: 1, day: 1)!
            last = min(CivilDate(year: year, month: 12, day: 31)!, BenchData.today)
            (self.kind, left, self.subTaskRoom) = (kind, topLevel, subTaskRoom)
        }
    }

    /// Writes the year in batches of about 10.000 tasks, building the next batch while the last one is inserted
    /// (the two halves of the work then share the machine's cores).
    mutating func write(_ year: inout Year, on sql: SQLDatabase) async throws {
        var next = batch(&year)
        while !next.tasks.isEmpty {
            let current = next
            async let written: Void = current.insert(on: sql)
            next = batch(&year)
            try await written
        }
    }

    /// Documents with their tasks until about 10.000 tasks, or the end of the year.
    private mutating func batch(_ year: inout Year) -> Batch {
        var batch = Batch()
        while year.left > 0 && batch.tasks.count < 10_000 {
            document(&year, into: &batch)
        }
        return batch
    }

    /// One document of the year with its tasks (and their sub-tasks).
    private mutating func document(_ year: inout Year, into batch: inout Batch) {
        var day = year.first.adding(days: random.int(0...year.first.days(to: year.last)))
        if day.isWeekend {
            // The next Monday, or the Friday before when that Monday is past the year's last day.
            let monday = day.adding(days: 8 - day.weekday)
            day = monday <= year.last ? monday : day.adding(days: 5 - day.weekday)
        }
        let province: Province =
            switch year.kind {
            case .province(let p): provinces[p]
            case .mixed: random.pick(provinces)
            case .otherProvinces: provinces[random.int(1...provinces.count - 1)]
            }
        let ministryLed: Bool =
            switch year.kind {
            case .province: false
            case .mixed, .otherProvinces: random.chance(0.01)
            }
        let assigner: Assigner =
            ministryLed
            ? (random.chance(0.5) ? .cp : .ttg)
            : {
                let r = random.int(1...100)
                return r <= 10 ? .cp : r <= 25 ? .ttg : r <= 80 ? .ubnd : .department
            }()
        let issuer: UUID =
            switch assigner {
            case .cp: unit["CP"]!
            case .ttg: unit["TTG"]!
            case .ubnd: province.ubnd
            case .department: random.pick(province.departments)
            }
        let (documentID, notation) = document(issuer: issuer, assigner: assigner, on: day, into: &batch)
        var inDocument = random.int(1...9)
        while inDocument > 0 && year.left > 0 {
            inDocument -= 1
            let lead = ministryLed ? random.pick(ministries) : leadUnit(for: assigner, issuer: issuer, in: province)
            // Mostly assigned on the document's date; never outside its year (the province-year count is exact).
            let assigned = random.chance(0.9) ? day : min(day.adding(days: random.int(1...5)), year.last)
            let deadline = random.chance(0.85) ? assigned.adding(days: random.pick([15, 30, 30, 45, 60, 90, 90, 180])) : nil
            let id = task(
                document: documentID, notation: notation, assigner: issuer, lead: lead, assigned: assigned,
                deadline: deadline, parent: nil, into: &batch)
            year.left -= 1
            // Delegation: the lead splits its task between two of its own units, when it has some and room is left.
            if let children = subUnits[lead], random.chance(0.04),
                year.subTaskRoom.map({ year.subTasks + 2 <= $0 }) ?? (year.left >= 2)
            {
                delegate(
                    id, document: documentID, notation: notation, lead: lead, children: children, assigned: assigned,
                    last: year.last, into: &batch)
                year.subTasks += 2
                if year.subTaskRoom == nil { year.left -= 2 }
            }
        }
    }

    /// Number / type - issuer, numbered from 1 each year per issuer (NĐ 30/2020): `12/QĐ-TTg`, `345/UBND-VP`.
    private mutating func document(
        issuer: UUID, assigner: Assigner, on day: CivilDate,
        into batch: inout Batch
    ) -> (id: UUID, notation: String) {
        let (body, types): (String, [String?]) =
            switch assigner {
            case .cp: ("CP", ["NQ", "NĐ", "TB"])
            case .ttg: ("TTg", ["QĐ", "CT", "CĐ", "TB"])
            case .ubnd: (self.body[issuer]!, ["QĐ", "KH", "TB", nil])
            case .department: (self.body[issuer]!, ["KH", nil])
            }
        let type = random.pick(types)
        let key = "\(body)-\(day.year)"
        documentNumbers[key, default: 0] += 1
        let number = documentNumbers[key]!
        let padded = number < 10 ? "0\(number)" : "\(number)"
        let notation = type.map { "\(padded)/\($0)-\(body)" } ?? "\(padded)/\(body)-VP"
        let summary = "Về việc \(random.pick(Self.topics)) năm \(day.year)"
        let id = random.uuid()
        documentCount += 1
        batch.documents.append([
            SQLBind(id), SQLBind(notation), SQLBind(number), SQLBind(day.year), SQLBind(type),
            SQLBind(Self.iso(day)), SQLBind(issuer), SQLBind(String?.none), SQLBind(summary),
            SQLBind(VietnameseText.fold(notation + " " + summary)), SQLBind(Self.timestamp(day, 0)),
        ])
        return (id, notation)
    }

    private mutating func leadUnit(for assigner: Assigner, issuer: UUID, in province: Province) -> UUID {
        if assigner == .department, let own = subUnits[issuer], random.chance(0.5) { return random.pick(own) }
        let r = random.int(1...100)
        if r <= 5 { return province.office }
        if r <= 75 { return random.pick(province.departments) }
        return random.pick(province.communes)
    }

    // MARK: Tasks

    struct Step {
        var kind: TaskEvent.Kind
        var recorded: CivilDate
        var effective: CivilDate
        var newDeadline: CivilDate? = nil
        var percent: Int? = nil
    }

    /// One task with its events and status spans; returns its id.
    private mutating func task(
        document: UUID, notation: String, assigner: UUID, lead: UUID, assigned: CivilDate,
        deadline: CivilDate?, parent: UUID?, into batch: inout Batch
    ) -> UUID {
        let id = random.uuid()
        taskNumber += 1
        let ma = BenchData.maPrefix + String(repeating: "0", count: max(0, 7 - String(taskNumber).count)) + String(taskNumber)
        let content = random.pick(Self.actions) + " " + random.pick(Self.topics)
        let domain = random.pick(Self.domains)
        let steps = life(assigned: assigned, deadline: deadline)

        batch.tasks.append([
            SQLBind(id), SQLBind(ma), SQLBind(document), SQLBind(content),
            SQLBind(searchText(notation: notation, content: content, ma: ma)),
            SQLBind(assigner), SQLBind(lead), SQLBind(UUID?.none), SQLBind(domain), SQLBind(Self.iso(assigned)),
            SQLBind(deadline.map(Self.iso)), SQLBind(parent), SQLBind(1), SQLBind(Self.timestamp(assigned, 0)),
        ])
        eventCount += steps.count
        for (i, step) in steps.enumerated() {
            let note = step.kind == .progressReported ? "Đang triển khai, đạt \(step.percent ?? 0)%" : ""
            // created_at orders same-day events as listed (TaskFactsLoader sorts by recorded_on, then created_at).
            batch.events.append([
                SQLBind(random.uuid()), SQLBind(id), SQLBind(step.kind.rawValue),
                SQLBind(Self.iso(step.recorded)), SQLBind(Self.iso(step.effective)),
                SQLBind(step.newDeadline.map(Self.iso)), SQLBind(step.percent), SQLBind(note), SQLBind(UUID?.none),
                SQLBind(UUID?.none), SQLBind(BenchData.actorName), SQLBind(Self.timestamp(step.recorded, i)),
            ])
        }
        let facts = TaskFacts(
            assignedOn: assigned, originalDeadline: deadline,
            events: steps.map {
                TaskEvent(kind: $0.kind, recordedOn: $0.recorded, effectiveOn: $0.effective, newDeadline: $0.newDeadline)
            })
        let source = TaskStatusIndex.SpanTask(
            id: id, documentID: document, assignerID: assigner, leadUnitID: lead, leaderID: nil,
            domain: domain, assignedOn: Self.iso(assigned), topLevel: parent == nil)
        for span in TaskStatus.timeline(facts) {
            batch.spans.append(TaskStatusIndex.row(span, of: source, id: random.uuid()))
        }
        return id
    }

    /// `TaskItem.setContent`'s folding of notation, content and ma, part by part (folding whole strings a
    /// million times is the generator's costliest step; the parts repeat).
    private mutating func searchText(notation: String, content: String, ma: String) -> String {
        func fold(_ text: String) -> String {
            if let folded = foldedText[text] { return folded }
            let folded = VietnameseText.fold(text)
            if foldedText.count < 100_000 { foldedText[text] = folded }
            return folded
        }
        return fold(notation) + " " + fold(content) + " " + ma.lowercased()
    }

    /// Two sub-tasks for units under the lead; the parent records the delegation (which does not change its status).
    private mutating func delegate(
        _ parent: UUID, document: UUID, notation: String, lead: UUID, children: [UUID],
        assigned: CivilDate, last: CivilDate, into batch: inout Batch
    ) {
        let day = min(assigned.adding(days: random.int(1...7)), last)
        eventCount += 1
        // Ordered after the parent's other events of that day.
        batch.events.append([
            SQLBind(random.uuid()), SQLBind(parent), SQLBind(TaskEvent.Kind.delegated.rawValue),
            SQLBind(Self.iso(day)), SQLBind(Self.iso(day)), SQLBind(String?.none), SQLBind(Int?.none), SQLBind(""),
            SQLBind(UUID?.none), SQLBind(UUID?.none), SQLBind(BenchData.actorName), SQLBind(Self.timestamp(day, 50)),
        ])
        let deadline: CivilDate? = random.chance(0.85) ? day.adding(days: random.pick([15, 30, 45])) : nil
        for _ in 0..<2 {
            _ = task(
                document: document, notation: notation, assigner: lead, lead: random.pick(children), assigned: day,
                deadline: deadline, parent: parent, into: &batch)
        }
    }

    /// A task's events: extension, progress, completion (on time or late), sometimes returned, a few cancelled.
    /// Nothing is recorded after `BenchData.today`; events are in recording order.
    private mutating func life(assigned: CivilDate, deadline: CivilDate?) -> [Step] {
        var steps = [Step(kind: .assigned, recorded: assigned, effective: assigned)]
        if random.chance(0.01) {
            let day = assigned.adding(days: random.int(3...60))
            steps.append(Step(kind: .cancelled, recorded: day, effective: day))
            return Self.known(steps)
        }
        var due = deadline
        if let deadline, random.chance(0.12) {
            let asked = max(assigned.adding(days: 1), deadline.adding(days: -random.int(1...7)))
            let wanted = deadline.adding(days: random.pick([15, 30, 60, 90]))
            steps.append(Step(kind: .extensionRequested, recorded: asked, effective: asked, newDeadline: wanted))
            let decided = asked.adding(days: random.int(1...5))
            if random.chance(0.85) {
                steps.append(Step(kind: .extensionApproved, recorded: decided, effective: decided, newDeadline: wanted))
                due = wanted
            } else {
                steps.append(Step(kind: .extensionRefused, recorded: decided, effective: decided))
            }
        }
        let never = random.chance(deadline == nil ? 0.5 : 0.04)
        if never {
            for _ in 0..<random.int(0...3) {
                let day = assigned.adding(days: random.int(10...300))
                steps.append(Step(kind: .progressReported, recorded: day, effective: day, percent: random.pick([20, 30, 50])))
            }
            return Self.known(steps)
        }
        var done: CivilDate
        if let due {
            done =
                random.chance(0.78)
                ? assigned.adding(days: random.int(1...max(1, assigned.days(to: due))))
                : due.adding(days: random.int(1...240))
        } else {
            done = assigned.adding(days: random.int(5...365))
        }
        // Progress reports (periodic reports of the units): two or three on most tasks.
        if assigned.days(to: done) >= 2 {
            for _ in 0..<random.int(1...4) {
                let day = assigned.adding(days: random.int(1...assigned.days(to: done) - 1))
                steps.append(
                    Step(kind: .progressReported, recorded: day, effective: day, percent: random.pick([30, 50, 70, 80])))
            }
        }
        var reported = done.adding(days: random.int(0...4))
        steps.append(Step(kind: .completionReported, recorded: reported, effective: done))
        if random.chance(0.03) {
            let returned = reported.adding(days: random.int(2...10))
            steps.append(Step(kind: .completionReturned, recorded: returned, effective: returned))
            done = returned.adding(days: random.int(5...40))
            reported = done.adding(days: random.int(0...3))
            steps.append(Step(kind: .completionReported, recorded: reported, effective: done))
        }
        if random.chance(0.5) {
            let day = reported.adding(days: random.int(1...5))
            steps.append(Step(kind: .completionConfirmed, recorded: day, effective: day))
        }
        return Self.known(steps)
    }

    /// Drops what would be recorded after the data's "today", and sorts by recording date (stable: same-day
    /// steps keep their order).
    private static func known(_ steps: [Step]) -> [Step] {
        steps.filter { $0.recorded <= BenchData.today && $0.effective <= BenchData.today }
            .enumerated().sorted { ($0.element.recorded, $0.offset) < ($1.element.recorded, $1.offset) }.map(\.element)
    }

    /// `CivilDate.iso` of the data's days, formatted once (formatting is a large share of the generator's time).
    private static let isoDays: [String] = (0...(firstDay.days(to: lastDay))).map { firstDay.adding(days: $0).iso }
    private static let firstDay = CivilDate(year: BenchData.firstYear, month: 1, day: 1)!
    private static let lastDay = CivilDate(year: BenchData.today.year + 3, month: 12, day: 31)!

    private static func iso(_ day: CivilDate) -> String {
        day >= firstDay && day <= lastDay ? isoDays[firstDay.days(to: day)] : day.iso
    }

    /// 08:00 Vietnam time on `day`, plus `order` seconds.
    private static func timestamp(_ day: CivilDate, _ order: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + 3_600 + order))
    }
}
