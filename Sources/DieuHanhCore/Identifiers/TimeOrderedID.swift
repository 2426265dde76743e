import Foundation

/// Ids for new rows that arrive in order (UUID version 7, RFC 9562): the first 48 bits are the time in
/// milliseconds, then a counter that rises within a millisecond, then random bits. Rows written one after another
/// therefore land next to each other at the end of a table's primary-key index instead of at a random page of it
/// (a 100.000-row import into millions of rows spent most of its time reading the pages random ids fell on).
///
/// Still a UUID of the usual 16 bytes and text form: the random ids already stored stay valid, and nothing may
/// read meaning into an id's value beyond its order. Not for secrets (tokens keep their own random values):
/// two thirds of the bits are guessable from the time.
public enum TimeOrderedID {
    private struct State {
        var millisecond: UInt64 = 0
        var counter: UInt64 = 0
    }

    private static let lock = NSLock()
    /// Guarded by `lock`.
    nonisolated(unsafe) private static var state = State()
    /// 42 bits of counter: the 12 bits after the version and the 30 after the variant.
    private static let counterBits: UInt64 = 42

    /// A new id, greater than every id this process made before (the clock going back does not break that).
    public static func next(now: Date = Date()) -> UUID {
        let clock = UInt64(max(0, now.timeIntervalSince1970 * 1_000))
        let (millisecond, counter) = lock.withLock { () -> (UInt64, UInt64) in
            if clock > state.millisecond {
                state.millisecond = clock
                // Starts low in its range, so that a millisecond has room for billions of ids after it.
                state.counter = UInt64.random(in: 0..<(1 << (counterBits - 2)))
            } else if state.counter + 1 < (1 << counterBits) {
                state.counter += 1
            } else {
                state.millisecond += 1
                state.counter = 0
            }
            return (state.millisecond, state.counter)
        }
        return make(millisecond: millisecond, counter: counter, random: UInt32.random(in: .min ... .max))
    }

    /// The bytes of a version 7 id from its parts (big-endian, as they sort).
    static func make(millisecond: UInt64, counter: UInt64, random: UInt32) -> UUID {
        let high = counter >> 30  // 12 bits
        let low = counter & ((1 << 30) - 1)  // 30 bits
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<6 { bytes[i] = UInt8(truncatingIfNeeded: millisecond >> (40 - 8 * UInt64(i))) }
        bytes[6] = 0x70 | UInt8(truncatingIfNeeded: high >> 8)
        bytes[7] = UInt8(truncatingIfNeeded: high)
        bytes[8] = 0x80 | UInt8(truncatingIfNeeded: low >> 24)
        bytes[9] = UInt8(truncatingIfNeeded: low >> 16)
        bytes[10] = UInt8(truncatingIfNeeded: low >> 8)
        bytes[11] = UInt8(truncatingIfNeeded: low)
        bytes[12] = UInt8(truncatingIfNeeded: random >> 24)
        bytes[13] = UInt8(truncatingIfNeeded: random >> 16)
        bytes[14] = UInt8(truncatingIfNeeded: random >> 8)
        bytes[15] = UInt8(truncatingIfNeeded: random)
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
