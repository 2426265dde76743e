import DieuHanhCore
import Foundation
import Testing

/// The id parser the plain-row reads use reads the same id as Foundation's from every canonical text, and refuses
/// what Foundation refuses — and, stricter, spaces inside a group, which Foundation's `sscanf` skips.
@Suite("Ids read from text")
struct UUIDTextTests {
    @Test func readsWhatFoundationReads() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let id = UUID()
            let text = id.uuidString
            #expect(UUIDText.parse(text) == id)
            #expect(UUIDText.parse(text.lowercased()) == id)
            // Mixed case, as a hand-typed id may be.
            let mixed = String(text.map { Bool.random(using: &generator) ? Character($0.lowercased()) : $0 })
            #expect(UUIDText.parse(mixed) == UUID(uuidString: mixed))
        }
        #expect(
            UUIDText.parse("00000000-0000-0000-0000-000000000000") == UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        )
        #expect(UUIDText.parse("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")?.uuidString == "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
        #expect(UUIDText.parse("0123abcd-4567-89ef-ABCD-EF0123456789")?.uuidString == "0123ABCD-4567-89EF-ABCD-EF0123456789")
    }

    @Test func refusesWhatFoundationRefuses() {
        let valid = "0123ABCD-4567-89EF-ABCD-EF0123456789"
        var refused = [
            "", "T01.SNV", String(valid.dropLast()), valid + "0", "{" + valid + "}",
            valid.replacingOccurrences(of: "-", with: ""), valid.replacingOccurrences(of: "-", with: "_"),
            "0123ABCD4-567-89EF-ABCD-EF0123456789", "0123ABCG-4567-89EF-ABCD-EF0123456789",
            "0123ABCD-4567-89EF-ABCD-EF012345678Z",
            "0123ÀBCD-4567-89EF-ABCD-EF012345678",
        ]
        // Each hyphen moved by one place, and each digit replaced by characters just outside the hex ranges.
        for position in [8, 13, 18, 23] {
            var characters = Array(valid)
            characters.swapAt(position, position + 1)
            refused.append(String(characters))
        }
        for bad in ["/", ":", "@", "G", "`", "g"] {
            refused.append(bad + valid.dropFirst())
            refused.append(valid.dropLast() + bad)
        }
        for text in refused {
            #expect(UUIDText.parse(text) == nil, "\(text)")
            #expect(UUID(uuidString: text) == nil, "Foundation reads \(text)")
        }
        for spaced in [" 123ABCD-4567-89EF-ABCD-EF0123456789", "0123ABCD-4567-89EF-ABCD-EF01234567 9"] {
            #expect(UUIDText.parse(spaced) == nil, "\(spaced)")
        }
    }
}
