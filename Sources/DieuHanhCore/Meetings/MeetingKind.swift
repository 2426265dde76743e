import Foundation

/// The kinds of meeting the committee holds (DOMAIN §10); the raw values are the API's and the stored ones.
public enum MeetingKind: String, CaseIterable, Sendable, Codable {
    case regular = "thuong_ky"
    case thematic = "chuyen_de"
    case extraordinary = "bat_thuong"
    case conference = "hoi_nghi"
    case briefing = "giao_ban"
    case workingSession = "lam_viec"
}

/// How a member took part: there, away (with the reason), or represented by a deputy (seed 004's "cử cấp phó").
public enum Attendance: String, CaseIterable, Sendable, Codable {
    case present
    case absent
    case deputy
}

/// One person of a meeting as typed on a line: "Họ tên — chức vụ", then for the absent the reason and for those
/// represented the deputy's name ("Hồ Minh Hải").
public struct AttendeeLine: Equatable, Sendable {
    public var name: String
    public var title: String
    /// The reason for an absence, or the deputy who came instead.
    public var detail: String

    public init(name: String, title: String = "", detail: String = "") {
        self.name = name
        self.title = title
        self.detail = detail
    }

    /// Lines split on a long dash (— or –) or "|": a plain hyphen stays inside names such as
    /// "Chi cục Văn thư - Lưu trữ". Empty lines are skipped.
    public static func parse(_ text: String) -> [AttendeeLine] {
        text.split(whereSeparator: \.isNewline).compactMap { raw in
            let parts = raw.split(whereSeparator: { $0 == "—" || $0 == "–" || $0 == "|" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            return AttendeeLine(
                name: name, title: parts.count > 1 ? parts[1] : "",
                detail: parts.count > 2 ? parts[2...].joined(separator: " — ") : "")
        }
    }

    /// The line as the form shows it again.
    public var text: String { [name, title, detail].filter { !$0.isEmpty }.joined(separator: " — ") }
}
