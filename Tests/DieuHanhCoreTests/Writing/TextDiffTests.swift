import Foundation
import Testing

@testable import DieuHanhCore

@Suite struct TextDiffTests {
    /// The old text from the unchanged and removed pieces, the new one from the unchanged and added.
    static func rebuilt(_ pieces: [TextDiff.Piece]) -> (old: String, new: String) {
        var old = ""
        var new = ""
        for piece in pieces {
            switch piece {
            case .same(let text):
                old += text
                new += text
            case .removed(let text): old += text
            case .added(let text): new += text
            }
        }
        return (old, new)
    }

    /// No two neighbours of the same kind, and no empty piece.
    static func isTidy(_ pieces: [TextDiff.Piece]) -> Bool {
        func kind(_ piece: TextDiff.Piece) -> Int {
            switch piece {
            case .same: 0
            case .removed: 1
            case .added: 2
            }
        }
        return pieces.allSatisfy { !$0.text.isEmpty } && zip(pieces, pieces.dropFirst()).allSatisfy { kind($0) != kind($1) }
    }

    @Test func identicalTextsAreOneUnchangedPiece() {
        let text = "Tỉnh đã ban hành 45 văn bản.\nĐạt 91,3%."
        #expect(TextDiff.diff(text, text) == [.same(text)])
        #expect(TextDiff.diff("", "") == [])
    }

    @Test func fromNothingEverythingIsAdded() {
        #expect(TextDiff.diff("", "Báo cáo mới") == [.added("Báo cáo mới")])
    }

    @Test func toNothingEverythingIsRemoved() {
        #expect(TextDiff.diff("Báo cáo cũ\n- Một", "") == [.removed("Báo cáo cũ\n- Một")])
    }

    @Test func oneWordChangedInTheMiddle() {
        #expect(
            TextDiff.diff("Hoàn thành 42 nhiệm vụ đúng hạn.", "Hoàn thành 44 nhiệm vụ đúng hạn.") == [
                .same("Hoàn thành "), .removed("42"), .added("44"), .same(" nhiệm vụ đúng hạn."),
            ])
    }

    @Test func vietnameseWordsChangeWholeNotLetterByLetter() {
        // "tháng" and "thắng" share every letter but one; the word is what changed.
        #expect(
            TextDiff.diff("Kết quả tháng này", "Kết quả thắng lợi") == [
                .same("Kết quả "), .removed("tháng này"), .added("thắng lợi"),
            ])
    }

    @Test func punctuationIsItsOwnToken() {
        #expect(TextDiff.diff("đúng hạn,", "đúng hạn.") == [.same("đúng hạn"), .removed(","), .added(".")])
    }

    @Test func aNumberWithItsSeparatorsIsOneWord() {
        #expect(
            TextDiff.diff("đạt 91,3% với 5.300 ha.", "đạt 95,6% với 5.400 ha.") == [
                .same("đạt "), .removed("91,3"), .added("95,6"), .same("% với "), .removed("5.300"), .added("5.400"),
                .same(" ha."),
            ])
    }

    @Test func aWordInsertedAndOneDeleted() {
        #expect(
            TextDiff.diff("các sở ban ngành", "các sở, ban, ngành tỉnh") == [
                .same("các sở"), .added(","), .same(" ban"), .added(","), .same(" ngành"), .added(" tỉnh"),
            ])
    }

    @Test func spacesBetweenTwoChangesJoinThem() {
        #expect(
            TextDiff.diff("một hai ba bốn", "một năm sáu bốn") == [
                .same("một "), .removed("hai ba"), .added("năm sáu"), .same(" bốn"),
            ])
    }

    @Test func lineEndsStayUnchangedBetweenChangedParagraphs() {
        #expect(
            TextDiff.diff("Cũ một\nCũ hai", "Mới một\nMới hai") == [
                .removed("Cũ"), .added("Mới"), .same(" một\n"), .removed("Cũ"), .added("Mới"), .same(" hai"),
            ])
    }

    @Test func decomposedAndPrecomposedMarksAreTheSameWord() {
        // setup: the same words, one typed with combining tones
        let nfc = "Quảng Ngãi"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        // act, check: nothing changed, and the new text's form is kept
        let pieces = TextDiff.diff(nfd, nfc)
        #expect(pieces.count == 1)
        #expect(pieces.first?.text.unicodeScalars.elementsEqual(nfc.unicodeScalars) == true)
    }

    @Test func randomEditsAlwaysRebuildBothTexts() {
        // setup: a seeded generator, so a failure can be repeated
        var random = SeededRandom(seed: 20_261_206)
        let words = ["Ủy", "ban", "nhân", "dân", "tỉnh", "đã", "ban hành", "91,3%", "5*3", "-", "**đậm**", "[^ghi]", "a"]
        let spaces = [" ", " ", " ", "  ", "\n", "\r\n", "\n\n", "\t"]
        func text(_ count: Int) -> [String] {
            (0..<count).map { _ in words[random.next(words.count)] + spaces[random.next(spaces.count)] }
        }
        for round in 0..<200 {
            var old = text(random.next(40))
            var new = old
            for _ in 0..<random.next(8) {
                let choice = random.next(3)
                if choice == 0, !new.isEmpty {
                    new.remove(at: random.next(new.count))
                } else if choice == 1 {
                    new.insert(contentsOf: text(1 + random.next(3)), at: random.next(new.count + 1))
                } else if !new.isEmpty {
                    new[random.next(new.count)] = text(1)[0]
                }
            }
            if round % 10 == 0 { old = text(random.next(30)) }  // now and then, two unrelated texts
            // act
            let pieces = TextDiff.diff(old.joined(), new.joined())
            // check
            let (rebuiltOld, rebuiltNew) = Self.rebuilt(pieces)
            #expect(rebuiltOld == old.joined(), "round \(round)")
            #expect(rebuiltNew == new.joined(), "round \(round)")
            #expect(Self.isTidy(pieces), "round \(round): \(pieces)")
        }
    }

    @Test func aLongSectionRewrittenThroughoutStillRebuildsBothTexts() {
        // setup: 5,000 words in 100 paragraphs; every tenth paragraph changed, the first and the last among them,
        // so the common start and end save nothing and the word table would be 11,000 × 11,000
        var random = SeededRandom(seed: 7)
        let vocabulary = ["nhiệm", "vụ", "chỉ", "đạo", "điều", "hành", "tỉnh", "đã", "hoàn", "thành", "đúng", "hạn"]
        let paragraphs = (0..<100).map { _ in
            (0..<50).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(separator: " ")
        }
        var changed = paragraphs
        for index in stride(from: 0, to: 100, by: 10) { changed[index] = "Đoạn \(index) đã viết lại: " + changed[index] }
        changed[99] += " Kết thúc."
        let old = paragraphs.joined(separator: "\n")
        let new = changed.joined(separator: "\n")
        #expect(TextDiff.tokens(old).count * TextDiff.tokens(new).count > TextDiff.tableLimit)
        // act
        let started = ContinuousClock.now
        let pieces = TextDiff.diff(old, new)
        let elapsed = ContinuousClock.now - started
        // check: both texts rebuilt, and the changes found as small pieces, not the whole text
        let (rebuiltOld, rebuiltNew) = Self.rebuilt(pieces)
        #expect(rebuiltOld == old)
        #expect(rebuiltNew == new)
        let added = pieces.compactMap { if case .added(let text) = $0 { text } else { nil } }
        #expect(added.count == 11)
        #expect(added.first == "Đoạn 0 đã viết lại: ")
        #expect(added.last == " Kết thúc.")
        #expect(!pieces.contains { if case .removed = $0 { true } else { false } })
        // Generous for a debug build on a busy machine; a release build takes a few milliseconds.
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }

    @Test func oneLongParagraphEditedAtBothEndsIsComparedSentenceBySentence() {
        // setup: 250 sentences of 20 words in one paragraph, a word added to the first and the last
        var random = SeededRandom(seed: 11)
        let vocabulary = ["kế", "hoạch", "số", "45", "ủy", "ban", "nhân", "dân", "tỉnh", "sở", "ngành", "huyện"]
        let sentences = (0..<250).map { _ in
            (0..<20).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(separator: " ") + "."
        }
        var changed = sentences
        changed[0] = "Mở đầu " + changed[0]
        changed[249] += " Hết"
        // act
        let pieces = TextDiff.diff(sentences.joined(separator: " "), changed.joined(separator: " "))
        // check: two small additions, not the whole paragraph replaced
        #expect(pieces.count == 3)
        #expect(pieces.first == .added("Mở đầu "))
        #expect(pieces.last == .added(" Hết"))
    }
}

/// A small deterministic generator (SplitMix64), so a failing round can be run again.
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
