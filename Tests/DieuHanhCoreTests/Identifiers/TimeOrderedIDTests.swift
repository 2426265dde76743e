import DieuHanhCore
import Foundation
import Testing

/// Ids for new rows sort in the order they were made (UUID version 7).
@Suite struct TimeOrderedIDTests {
    /// The 16 bytes as they sort in an index (SQLite's blob, PostgreSQL's uuid) and as text.
    func bytes(_ id: UUID) -> [UInt8] { withUnsafeBytes(of: id.uuid) { Array($0) } }

    @Test func newIdsSortAfterOlderOnesWithinARun() {
        let ids = (0..<10_000).map { _ in TimeOrderedID.next() }
        for (older, newer) in zip(ids, ids.dropFirst()) {
            #expect(bytes(older).lexicographicallyPrecedes(bytes(newer)))
            #expect(older.uuidString < newer.uuidString)
        }
        // A later millisecond sorts later; an earlier clock (a clock set back) never sorts before.
        let later = TimeOrderedID.next(now: Date().addingTimeInterval(1))
        let setBack = TimeOrderedID.next(now: Date(timeIntervalSince1970: 0))
        #expect(ids.last!.uuidString < later.uuidString)
        #expect(later.uuidString < setBack.uuidString)
    }

    @Test func theyAreVersionSevenWithTheTimeFirst() {
        let now = Date()
        let id = TimeOrderedID.next()
        let b = bytes(id)
        #expect(b[6] >> 4 == 7)
        #expect(b[8] >> 6 == 0b10)
        let millisecond = b[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(millisecond >= UInt64(now.timeIntervalSince1970 * 1_000))
        #expect(Set((0..<1_000).map { _ in TimeOrderedID.next() }).count == 1_000)
    }
}
