import Foundation

/// Kinds of reminder a unit gets about a report it owes.
public enum ReportReminderKind: String, CaseIterable, Sendable, Codable {
    /// N working days before the deadline, when not yet sent.
    case beforeDeadline = "before_deadline"
    /// N working days after the deadline, when still missing.
    case afterDeadline = "after_deadline"
    /// Sent by the office from the request's page.
    case manual

    public var label: String {
        switch self {
        case .beforeDeadline: "Nhắc trước hạn"
        case .afterDeadline: "Nhắc quá hạn"
        case .manual: "Nhắc trực tiếp"
        }
    }
}

/// When the automatic reminders fall (DOMAIN §6, configurable): `daysBefore` working days before the deadline
/// and `daysAfter` working days after it; 0 turns one off.
public struct ReportReminderPolicy: Sendable, Equatable {
    public var daysBefore: Int
    public var daysAfter: Int

    public init(daysBefore: Int = 2, daysAfter: Int = 1) {
        self.daysBefore = max(0, daysBefore)
        self.daysAfter = max(0, daysAfter)
    }

    /// The day a reminder of `kind` is due for a request with this deadline (nil for manual or when off).
    public func dueOn(_ kind: ReportReminderKind, deadline: CivilDate, calendar: WorkingCalendar) -> CivilDate? {
        switch kind {
        case .beforeDeadline: daysBefore > 0 ? calendar.addingWorkingDays(-daysBefore, to: deadline) : nil
        case .afterDeadline: daysAfter > 0 ? calendar.addingWorkingDays(daysAfter, to: deadline) : nil
        case .manual: nil
        }
    }

    /// The automatic reminders owed to a unit as of D, each with the day it was due. Each kind is owed once
    /// (callers key it by request, unit, kind and day, so running twice never repeats it):
    /// - before the deadline: on or after its day and not after the deadline, while the report is not yet sent;
    ///   not when the request was issued on or after that day (the request itself has just told the unit);
    /// - after the deadline: on or after its day, while the report is missing.
    public func due(
        for snapshot: ReportSubmissionSnapshot, issuedOn: CivilDate, asOf date: CivilDate,
        calendar: WorkingCalendar
    ) -> [(kind: ReportReminderKind, dueOn: CivilDate)] {
        var result: [(ReportReminderKind, CivilDate)] = []
        if snapshot.status == .notYetDue, let day = dueOn(.beforeDeadline, deadline: snapshot.deadline, calendar: calendar),
            issuedOn < day, day <= date, date <= snapshot.deadline
        {
            result.append((.beforeDeadline, day))
        }
        if snapshot.status == .missing, let day = dueOn(.afterDeadline, deadline: snapshot.deadline, calendar: calendar),
            day <= date
        {
            result.append((.afterDeadline, day))
        }
        return result
    }
}

/// Names inside the consolidation archive: one folder per unit, "<code> - <name>", holding its files under
/// their original names and its written report as a text file.
public enum ReportArchiveNaming {
    public static let textFileName = "Nội dung báo cáo.txt"
    public static let indexFileName = "Danh sách đơn vị.csv"

    /// "SNV - Sở Nội vụ"; characters that mean something in a path (/ \ : * ? " < > |) become "-".
    public static func folder(unitCode: String, unitName: String) -> String {
        clean(unitCode + " - " + unitName)
    }

    /// Entry paths for one unit's files, in order; a name already used in the folder gets " (2)", " (3)"…
    /// before its extension. The text file's name is reserved.
    public static func entries(folder: String, fileNames: [String], withText: Bool) -> (files: [String], text: String?) {
        var used: Set<String> = withText ? [textFileName.lowercased()] : []
        var files: [String] = []
        for original in fileNames {
            let name = clean(original).isEmpty ? "tep" : clean(original)
            let ext = (name as NSString).pathExtension
            let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
            var candidate = name
            var n = 2
            while used.contains(candidate.lowercased()) {
                candidate = stem + " (\(n))" + (ext.isEmpty ? "" : "." + ext)
                n += 1
            }
            used.insert(candidate.lowercased())
            files.append(folder + "/" + candidate)
        }
        return (files, withText ? folder + "/" + textFileName : nil)
    }

    static func clean(_ text: String) -> String {
        let bad: Set<Character> = ["/", "\\", ":", "*", "?", "\"", "<", ">", "|"]
        let mapped = String(text.map { bad.contains($0) || $0.isNewline ? "-" : $0 })
        return mapped.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".")))
    }
}
