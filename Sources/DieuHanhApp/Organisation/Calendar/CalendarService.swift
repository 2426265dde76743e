import DieuHanhCore
import Fluent

/// The working-day calendar: the statutory rule from Core plus the administrator's days (CalendarDay).
enum CalendarService {
    static func calendar(on db: Database) async throws -> WorkingCalendar {
        let days = try await CalendarDay.query(on: db).all()
        var calendar = WorkingCalendar()
        for day in days {
            guard let date = CivilDate.parse(day.day) else { continue }
            if day.kind == CalendarDay.Kind.makeUp.rawValue {
                calendar.makeUpWorkingDays.insert(date)
            } else {
                calendar.extraDaysOff.insert(date)
            }
        }
        return calendar
    }
}
