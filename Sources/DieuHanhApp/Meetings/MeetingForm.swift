import DieuHanhCore
import Foundation

/// What a meeting is, once read: the form and the demo build one, the service checks and saves it.
struct MeetingDraft: Sendable {
    var kind: MeetingKind?
    var title = ""
    var heldOn: CivilDate?
    var startTime: String?
    var place = ""
    var onlinePoints = ""
    var chairName = ""
    var chairTitle = ""
    var attendees: [(Attendance, AttendeeLine)] = []
    var unitIDs: [UUID] = []
    /// Notations of documents already in the system, one a line.
    var documentNotations: [String] = []
    var discussed = ""
    var notes = ""
}

/// The meeting form as typed, shown again on errors. People are typed one a line, "Họ tên — chức vụ", in three
/// boxes (present, away with the reason, sent a deputy): quicker on a phone than rows of fields.
struct MeetingForm: Sendable {
    var kind = ""
    var title = ""
    var heldOn = ""
    var startTime = ""
    var place = ""
    var onlinePoints = ""
    var chairName = ""
    var chairTitle = ""
    var present = ""
    var absent = ""
    var deputy = ""
    var unitIDs: Set<String> = []
    var documents = ""
    var discussed = ""
    var notes = ""
    var version = ""

    init() {}

    init(fields: [String: String]) {
        func value(_ key: String) -> String { (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        kind = value("kind")
        title = value("title")
        heldOn = value("held_on")
        startTime = value("start_time")
        place = value("place")
        onlinePoints = value("online_points")
        chairName = value("chair_name")
        chairTitle = value("chair_title")
        present = value("present")
        absent = value("absent")
        deputy = value("deputy")
        unitIDs = Set(fields.keys.filter { $0.hasPrefix("unit_") }.map { String($0.dropFirst(5)) })
        documents = value("documents")
        discussed = value("discussed")
        notes = value("notes")
        version = value("version")
    }

    /// The form showing a saved meeting.
    init(_ details: MeetingDetails) {
        let m = details.meeting
        kind = m.kind
        title = m.title
        heldOn = VNFormat.date(m.heldDate)
        startTime = m.startTime ?? ""
        place = m.place
        onlinePoints = m.onlinePoints
        chairName = m.chairName
        chairTitle = m.chairTitle
        func lines(_ a: Attendance) -> String {
            details.attendees.filter { $0.attendance == a.rawValue }.map(\.line.text).joined(separator: "\n")
        }
        present = lines(.present)
        absent = lines(.absent)
        deputy = lines(.deputy)
        unitIDs = Set(details.unitIDs.map(\.uuidString))
        documents = details.documents.map(\.notation).joined(separator: "\n")
        discussed = m.discussed
        notes = m.notes
        version = String(m.version)
    }

    /// The draft, and the problems of format; the service checks the rest.
    func draft(t: Localizer) -> (MeetingDraft, [FieldError]) {
        var errors: [FieldError] = []
        var d = MeetingDraft()
        d.kind = MeetingKind(rawValue: kind)
        d.title = title.collapsingSpaces
        if !heldOn.isEmpty {
            d.heldOn = CivilDate.parse(heldOn)
            if d.heldOn == nil { errors.append(.init(field: "held_on", message: t.dateError(heldOn))) }
        }
        if !startTime.isEmpty {
            if let time = Self.time(startTime) {
                d.startTime = time
            } else {
                errors.append(.init(field: "start_time", message: t(T.meetingTimeInvalid)))
            }
        }
        d.place = place.collapsingSpaces
        d.onlinePoints = onlinePoints
        d.chairName = chairName.collapsingSpaces
        d.chairTitle = chairTitle.collapsingSpaces
        d.attendees =
            AttendeeLine.parse(present).map { (.present, $0) } + AttendeeLine.parse(absent).map { (.absent, $0) }
            + AttendeeLine.parse(deputy).map { (.deputy, $0) }
        d.unitIDs = unitIDs.compactMap(UUID.init(uuidString:)).sorted { $0.uuidString < $1.uuidString }
        d.documentNotations = documents.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        d.discussed = discussed
        d.notes = notes
        return (d, errors)
    }

    var expectedVersion: Int? { Int(version) }

    /// "8:00", "08h00", "8g30" → "08:00", "08:30"; nil when it is not a time of day.
    static func time(_ text: String) -> String? {
        let parts = text.lowercased().split(whereSeparator: { $0 == ":" || $0 == "h" || $0 == "g" })
        guard (1...2).contains(parts.count), let hour = Int(parts[0]), (0...23).contains(hour) else { return nil }
        let minute = parts.count == 2 ? Int(parts[1]) : 0
        guard let minute, (0...59).contains(minute) else { return nil }
        return String(format: "%02d:%02d", hour, minute)
    }
}
