import DieuHanhCore
import Fluent
import Foundation

/// One day the administrator changed in the working-day calendar.
final class CalendarDay: Model, @unchecked Sendable {
    static let schema = "calendar_days"

    enum Kind: String, CaseIterable {
        /// A day off on top of the statutory holidays (e.g. the announced Tết break).
        case dayOff = "day_off"
        /// A Saturday worked to make up for a bridged day.
        case makeUp = "make_up"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "day") var day: String
    @Field(key: "kind") var kind: String
    @Field(key: "note") var note: String

    init() {}

    init(day: CivilDate, kind: Kind, note: String) {
        self.day = day.iso
        self.kind = kind.rawValue
        self.note = note
    }
}
