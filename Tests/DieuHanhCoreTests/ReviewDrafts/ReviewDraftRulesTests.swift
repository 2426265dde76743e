import DieuHanhCore
import Testing

/// The review report's outline, signature and save rules (DOMAIN §9).
@Suite("Review report drafts: outline, signature, stale saves")
struct ReviewDraftRulesTests {
    @Test func theDefaultOutlineIsTheGovernmentOfficesNumberedAsSeed002() {
        let outline = ReviewOutline.governmentOffice
        #expect(outline.numbers == ["I.", "1.", "2.", "3.", "II.", "1.", "2.", "III.", "IV."])
        #expect(outline.headings.first == "I. KIỂM ĐIỂM CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
        #expect(outline.headings[1] == "1. Phương châm chỉ đạo, điều hành")
        // Figures sit where they belong: indicators and documents in I.2, tasks and programme in II.1.
        #expect(outline.section("ket-qua")?.figures == [.documents, .indicators])
        #expect(outline.section("tinh-hinh")?.figures.contains(.tasks) == true)
        #expect(outline.placedFigures == Set(ReviewFigureBlock.allCases))
        #expect(ReviewOutlineProblem.check(outline).isEmpty)
    }

    @Test func pointsBeforeAnyPartAndAfterAPartAreNumberedFromOne() {
        let outline = ReviewOutline(sections: [
            .init(key: "a", title: "Mở đầu", level: 2), .init(key: "b", title: "Tiếp", level: 2),
            .init(key: "c", title: "Phần một", level: 1), .init(key: "d", title: "Điểm", level: 2),
        ])
        #expect(outline.numbers == ["1.", "2.", "I.", "1."])
    }

    @Test func aNewKeyIsNeverOneInUse() {
        var outline = ReviewOutline(sections: [
            .init(key: "muc-1", title: "A", level: 1), .init(key: "muc-3", title: "B", level: 2),
        ])
        #expect(outline.newKey() == "muc-2")
        outline.sections.append(.init(key: "muc-2", title: "C", level: 2))
        #expect(outline.newKey() == "muc-4")
        #expect(ReviewOutline(sections: []).newKey() == "muc-1")
    }

    @Test func anOutlineIsCheckedAtItsBoundaries() {
        #expect(ReviewOutlineProblem.check(ReviewOutline(sections: [])) == [.empty])
        let long = String(repeating: "a", count: 300)
        let ok = ReviewOutline(sections: [.init(key: "x", title: long, level: 1)])
        #expect(ReviewOutlineProblem.check(ok).isEmpty)
        let bad = ReviewOutline(sections: [
            .init(key: "x", title: long + "a", level: 1), .init(key: "x", title: "  ", level: 3),
            .init(key: "Mục", title: "B", level: 0),
        ])
        #expect(
            ReviewOutlineProblem.check(bad) == [
                .titleTooLong(position: 1), .titleMissing(position: 2), .badLevel(position: 2), .duplicateKey("x"),
                .badLevel(position: 3), .badKey("Mục"),
            ])
        #expect(ReviewOutlineProblem.isKey(String(repeating: "a", count: 40)))
        #expect(!ReviewOutlineProblem.isKey(String(repeating: "a", count: 41)))
        #expect(!ReviewOutlineProblem.isKey("") && !ReviewOutlineProblem.isKey("a/b") && !ReviewOutlineProblem.isKey("A"))
    }

    @Test func romanNumeralsAsDocumentsNumberTheirParts() {
        #expect((1...12).map(RomanNumeral.string) == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"])
        #expect(RomanNumeral.string(49) == "XLIX" && RomanNumeral.string(3999) == "MMMCMXCIX")
        #expect(RomanNumeral.string(0) == "0" && RomanNumeral.string(4000) == "4000")
    }

    @Test func theSignatureNamesTheAuthorityAsNghiDinh30Wants() {
        let body = "Ủy ban nhân dân"
        #expect(SigningAuthority.onBehalf.lines(body: body, signerTitle: "Chủ tịch") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
        #expect(
            SigningAuthority.forTheHead.lines(body: body, signerTitle: "Phó Chủ tịch")
                == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(SigningAuthority.acting.lines(body: body, signerTitle: "") == ["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"])
        #expect(SigningAuthority.parse("tm") == .onBehalf && SigningAuthority.parse(" KT. ") == .forTheHead)
        #expect(
            SigningAuthority.parse("Q.") == .acting && SigningAuthority.parse("TL.") == nil && SigningAuthority.parse("") == nil)
    }

    @Test func issuingWantsAReportsNumberADateNotBeforeTheCutOffAndASignature() {
        let cutOff = CivilDate(year: 2020, month: 12, day: 14)!
        func check(
            _ notation: String = "489/BC-UBND", date: CivilDate? = CivilDate(year: 2020, month: 12, day: 31),
            signer: String = "Nguyễn Văn A",
            title: String = "Chủ tịch", authority: String = "TM.", recipients: [String] = ["- Văn phòng Chính phủ;"]
        ) -> [ReviewIssueProblem] {
            ReviewIssueProblem.check(
                notation: notation, date: date, cutOff: cutOff, signer: signer, signerTitle: title, authority: authority,
                recipients: recipients)
        }
        #expect(check().isEmpty)
        #expect(check(date: cutOff).isEmpty)
        #expect(check(date: CivilDate(year: 2020, month: 12, day: 13)) == [.dateBeforeCutOff])
        #expect(check(date: nil) == [.dateMissing])
        #expect(check("489/QĐ-UBND") == [.notAReport])
        #expect(check("bốn trăm") == [.notationInvalid])
        #expect(
            check(signer: " ", title: "", authority: "TL.", recipients: ["", " "]) == [
                .signerMissing, .signerTitleMissing, .authorityInvalid, .recipientsMissing,
            ])
    }

    @Test func aSaveIsStaleOnlyWhenItsSectionChangedSinceItWasRead() {
        // Read at version 5; another section saved since (draft at 7): this section last changed at 4 — stands.
        #expect(!ReviewSaveRule.isStale(readVersion: 5, draftVersion: 7, sectionChangedAt: 4))
        #expect(!ReviewSaveRule.isStale(readVersion: 5, draftVersion: 5, sectionChangedAt: 5))
        // This section saved at 6 by someone else after the read at 5: a conflict.
        #expect(ReviewSaveRule.isStale(readVersion: 5, draftVersion: 7, sectionChangedAt: 6))
        // A version the draft never had.
        #expect(ReviewSaveRule.isStale(readVersion: 8, draftVersion: 7, sectionChangedAt: 1))
        #expect(ReviewSaveRule.isStale(readVersion: 0, draftVersion: 1, sectionChangedAt: 1))
    }
}
