/// The figures a section of the review report carries, always computed as of the report's cut-off (DOMAIN §9):
/// the office writes around them and never types them.
public enum ReviewFigureBlock: String, CaseIterable, Sendable, Codable {
    /// Documents issued and received, meetings held (section I opens with them).
    case documents = "van_ban"
    /// The socio-economic indicators of the year.
    case indicators = "chi_tieu"
    /// Tasks by who assigned them, carried over, the ministries' overdue tasks.
    case tasks = "nhiem_vu"
    /// The work programme.
    case programme = "chuong_trinh"
    /// The lead units with overdue tasks, worst first.
    case units = "don_vi"
}

/// One heading of the report: a part (level 1, numbered I, II, …) or a point under it (level 2, numbered 1, 2, …
/// again in each part). The key names the section for good — in URLs, versions and comments — whatever its title
/// or place becomes.
public struct ReviewOutlineSection: Sendable, Codable, Equatable {
    public var key: String
    public var title: String
    public var level: Int
    public var figures: [ReviewFigureBlock]

    public init(key: String, title: String, level: Int, figures: [ReviewFigureBlock] = []) {
        self.key = key
        self.title = title
        self.level = level
        self.figures = figures
    }
}

/// The report's headings in order. The default is the Government Office's (seed 002, DOMAIN §9); the office may
/// rename, add, remove and reorder per report and keep its own as the default for the next one.
public struct ReviewOutline: Sendable, Codable, Equatable {
    public var sections: [ReviewOutlineSection]

    public init(sections: [ReviewOutlineSection]) { self.sections = sections }

    public static let governmentOffice = ReviewOutline(sections: [
        .init(key: "kiem-diem", title: "Kiểm điểm công tác chỉ đạo, điều hành", level: 1),
        .init(key: "phuong-cham", title: "Phương châm chỉ đạo, điều hành", level: 2),
        .init(key: "ket-qua", title: "Kết quả thực hiện", level: 2, figures: [.documents, .indicators]),
        .init(
            key: "danh-gia-chung", title: "Đánh giá chung (kết quả nổi bật, tồn tại, hạn chế, nguyên nhân)", level: 2),
        .init(
            key: "nhiem-vu-chinh-phu",
            title: "Tình hình thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao và các đề án trong Chương trình công tác",
            level: 1),
        .init(key: "tinh-hinh", title: "Tình hình thực hiện", level: 2, figures: [.tasks, .programme, .units]),
        .init(key: "ton-tai", title: "Tồn tại, hạn chế, nguyên nhân, bài học kinh nghiệm", level: 2),
        .init(
            key: "danh-gia-chinh-phu",
            title: "Đánh giá công tác chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ (kiến nghị, đề xuất)",
            level: 1),
        .init(key: "phuong-huong", title: "Phương hướng, nhiệm vụ, giải pháp kỳ tới", level: 1),
    ])

    /// "I.", "1.", "2.", "II.", …: parts numbered in Roman, points in Arabic again under each part. A point before
    /// any part is numbered as if under an unnamed one.
    public var numbers: [String] {
        var part = 0
        var point = 0
        return sections.map { section in
            if section.level <= 1 {
                part += 1
                point = 0
                return RomanNumeral.string(part) + "."
            }
            point += 1
            return "\(point)."
        }
    }

    /// "I. KIỂM ĐIỂM …" for a part (written in capitals, as the seeds do), "1. Phương châm …" for a point.
    public var headings: [String] {
        zip(numbers, sections).map { number, section in
            number + " " + (section.level <= 1 ? section.title.uppercased() : section.title)
        }
    }

    public func section(_ key: String) -> ReviewOutlineSection? { sections.first { $0.key == key } }

    /// Where each figure block sits; a block removed with its section is no longer printed in the body (the
    /// appendices still carry every table).
    public var placedFigures: Set<ReviewFigureBlock> { Set(sections.flatMap(\.figures)) }

    /// A key for a new section, unused by this outline: "muc-1", "muc-2", …
    public func newKey() -> String {
        let used = Set(sections.map(\.key))
        var n = 1
        while used.contains("muc-\(n)") { n += 1 }
        return "muc-\(n)"
    }
}

/// What can be wrong with an outline the office edits.
public enum ReviewOutlineProblem: Equatable, Sendable {
    case empty
    case titleMissing(position: Int)
    case titleTooLong(position: Int)
    case duplicateKey(String)
    case badKey(String)
    case badLevel(position: Int)

    public static let maxTitle = 300

    /// Every problem at once, positions counted from 1 as the form shows them.
    public static func check(_ outline: ReviewOutline) -> [ReviewOutlineProblem] {
        guard !outline.sections.isEmpty else { return [.empty] }
        var problems: [ReviewOutlineProblem] = []
        var seen = Set<String>()
        for (i, section) in outline.sections.enumerated() {
            let title = section.title.trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty { problems.append(.titleMissing(position: i + 1)) }
            if title.count > maxTitle { problems.append(.titleTooLong(position: i + 1)) }
            if !(1...2).contains(section.level) { problems.append(.badLevel(position: i + 1)) }
            if !isKey(section.key) { problems.append(.badKey(section.key)) }
            if !seen.insert(section.key).inserted { problems.append(.duplicateKey(section.key)) }
        }
        return problems
    }

    /// Lowercase ASCII letters, digits and hyphens, 1–40 long: safe in a URL path and stable.
    public static func isKey(_ key: String) -> Bool {
        (1...40).contains(key.count)
            && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
