import Foundation
import Testing

@testable import DieuHanhCore

@Suite struct VietnameseTextFoldTests {
    @Test func foldRemovesTonesVowelMarksAndCase() {
        #expect(VietnameseText.fold("Sở Kế hoạch và Đầu tư") == "so ke hoach va dau tu")
    }

    @Test func foldTurnsBothDsIntoD() {
        #expect(VietnameseText.fold("Đđ") == "dd")
    }

    @Test func foldCoversEveryVowelWithEveryTone() {
        // setup: all 12 vowels × 6 tones, upper and lower case
        let vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
        // act
        let folded = VietnameseText.fold(vowels + vowels.uppercased())
        // check
        let expected =
            String(repeating: "a", count: 18) + String(repeating: "e", count: 12)
            + String(repeating: "i", count: 6) + String(repeating: "o", count: 18)
            + String(repeating: "u", count: 12) + String(repeating: "y", count: 6)
        #expect(folded == expected + expected)
    }

    @Test func foldGivesTheSameResultForDecomposedInput() {
        // setup
        let nfc = "Ủy ban nhân dân tỉnh Quảng Ngãi".precomposedStringWithCanonicalMapping
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(nfc.unicodeScalars.count != nfd.unicodeScalars.count)
        // check
        #expect(VietnameseText.fold(nfd) == "uy ban nhan dan tinh quang ngai")
        #expect(VietnameseText.fold(nfd) == VietnameseText.fold(nfc))
    }

    @Test func foldCollapsesAndTrimsWhitespace() {
        #expect(VietnameseText.fold("  Sở \t Y   tế\n\u{00A0}Hà Nội  ") == "so y te ha noi")
    }

    @Test func foldOfBlankIsEmpty() {
        #expect(VietnameseText.fold(" \t\n ") == "")
    }

    @Test func foldKeepsDigitsAndPunctuation() {
        #expect(VietnameseText.fold("Số 01/NQ-CP") == "so 01/nq-cp")
    }
}

@Suite struct VietnameseTextMatchTests {
    @Test func queryWithoutDiacriticsFindsText() {
        #expect(VietnameseText.matches("Sở Kế hoạch và Đầu tư", query: "so ke hoach"))
    }

    @Test func queryWordsMayComeInAnyOrder() {
        #expect(VietnameseText.matches("Sở Kế hoạch và Đầu tư", query: "dau tu  so"))
    }

    @Test func queryWordsMatchInsideWords() {
        #expect(VietnameseText.matches("Sở Kế hoạch và Đầu tư", query: "hoa"))
    }

    @Test func everyQueryWordMustOccur() {
        #expect(!VietnameseText.matches("Sở Kế hoạch và Đầu tư", query: "so tai chinh"))
    }

    @Test func queryWithDiacriticsIsFoldedToo() {
        #expect(VietnameseText.matches("so ke hoach va dau tu", query: "KẾ HOẠCH"))
    }

    @Test func decomposedQueryMatchesPrecomposedText() {
        let query = "Đầu tư".decomposedStringWithCanonicalMapping
        #expect(VietnameseText.matches("Sở Kế hoạch và Đầu tư".precomposedStringWithCanonicalMapping, query: query))
    }

    @Test func emptyOrBlankQueryMatchesEverything() {
        #expect(VietnameseText.matches("Sở Y tế", query: ""))
        #expect(VietnameseText.matches("", query: "   "))
    }

    @Test func nonEmptyQueryDoesNotMatchEmptyText() {
        #expect(!VietnameseText.matches("", query: "a"))
    }
}

@Suite struct VietnameseTextSortTests {
    private func sorted(_ names: [String]) -> [String] {
        names.sorted(by: VietnameseText.areInIncreasingOrder)
    }

    @Test func dStrokeSortsAfterD() {
        #expect(sorted(["Ea Kar", "Đà Nẵng", "Dung"]) == ["Dung", "Đà Nẵng", "Ea Kar"])
    }

    @Test func vowelMarksAreLettersOfTheirOwn() {
        #expect(sorted(["Ân", "An", "Ăn"]) == ["An", "Ăn", "Ân"])
        #expect(sorted(["Ơn", "On", "Ôn", "Ưng", "Ung"]) == ["On", "Ôn", "Ơn", "Ung", "Ưng"])
        #expect(sorted(["Em", "Êm", "Fa"]) == ["Em", "Êm", "Fa"])
    }

    @Test func vowelMarkOutweighsALaterLetter() {
        // "ă" > "a" decides before "z" < "b" is looked at
        #expect(VietnameseText.areInIncreasingOrder("Az", "Ăb"))
    }

    @Test func tonesOnlyBreakTies() {
        // setup: the six tones in the wrong order, plus a word whose base letters differ
        let names = ["bạ", "bã", "bả", "bá", "bà", "ba", "bac"]
        // check
        #expect(sorted(names) == ["ba", "bà", "bá", "bả", "bã", "bạ", "bac"])
    }

    @Test func baseLettersOfTheWholeNameComeBeforeTones() {
        // "bà con" and "ba da" differ in base letters at "c" < "d": the tone of the first word does not count
        #expect(VietnameseText.areInIncreasingOrder("bà con", "ba da"))
    }

    @Test func earlierToneDifferenceWins() {
        #expect(VietnameseText.areInIncreasingOrder("bà ba", "bá bà"))
    }

    @Test func sortingIgnoresCase() {
        #expect(VietnameseText.sortKey("ĐÀ NẴNG") == VietnameseText.sortKey("đà nẵng"))
        #expect(sorted(["b", "A", "C"]) == ["A", "b", "C"])
    }

    @Test func decomposedAndPrecomposedHaveTheSameKey() {
        let name = "Quảng Ngãi Thừa Thiên Huế"
        #expect(
            VietnameseText.sortKey(name.decomposedStringWithCanonicalMapping)
                == VietnameseText.sortKey(name.precomposedStringWithCanonicalMapping))
    }

    @Test func prefixSortsFirstAndSpaceBeforeLetters() {
        #expect(sorted(["Anh", "An Giang", "An"]) == ["An", "An Giang", "Anh"])
    }

    @Test func foreignLettersSitInLatinOrder() {
        #expect(sorted(["z", "y", "w", "v", "j", "i", "f", "e"]) == ["e", "f", "i", "j", "v", "w", "y", "z"])
    }

    @Test func numbersSortByValue() {
        #expect(sorted(["Phường 10", "Phường 2", "Phường 1"]) == ["Phường 1", "Phường 2", "Phường 10"])
    }

    @Test func leadingZerosDoNotChangeNumberOrder() {
        #expect(VietnameseText.areInIncreasingOrder("Quận 09", "Quận 10"))
    }

    @Test func digitsSortBeforeLetters() {
        #expect(sorted(["a", "1"]) == ["1", "a"])
    }

    @Test func whitespaceDifferencesDoNotMatter() {
        #expect(VietnameseText.sortKey("  Hà   Nội ") == VietnameseText.sortKey("Hà Nội"))
    }

    @Test func keyIsAsciiForVietnameseText() {
        #expect(VietnameseText.sortKey("Đồng bằng sông Cửu Long, 13 tỉnh").utf8.allSatisfy { $0 < 0x80 })
    }

    @Test func otherScriptsSortAfterLatinLetters() {
        #expect(sorted(["北京", "Zurich"]) == ["Zurich", "北京"])
    }

    @Test func equalKeysAreOrderedDeterministically() {
        #expect(VietnameseText.areInIncreasingOrder("An", "an"))
        #expect(!VietnameseText.areInIncreasingOrder("an", "An"))
        #expect(!VietnameseText.areInIncreasingOrder("an", "an"))
    }

    @Test func sortedByNameUsesVietnameseOrder() {
        // setup
        let units = [(code: "DN", name: "Đà Nẵng"), (code: "EK", name: "Ea Kar"), (code: "DG", name: "Dung")]
        // act
        let codes = VietnameseText.sorted(units, by: \.name).map(\.code)
        // check
        #expect(codes == ["DG", "DN", "EK"])
    }

    @Test func provinceNamesSortLikeTheOfficialList() {
        let names = [
            "Yên Bái", "Đắk Lắk", "Điện Biên", "Cà Mau", "Đồng Tháp", "Bắc Ninh", "Bạc Liêu", "An Giang",
            "Đắk Nông", "Hà Nội", "Hà Giang", "Hải Phòng", "Hậu Giang", "Thừa Thiên Huế", "Thái Bình",
        ]
        #expect(
            sorted(names) == [
                "An Giang", "Bạc Liêu", "Bắc Ninh", "Cà Mau", "Đắk Lắk", "Đắk Nông", "Điện Biên",
                "Đồng Tháp", "Hà Giang", "Hà Nội", "Hải Phòng", "Hậu Giang", "Thái Bình",
                "Thừa Thiên Huế", "Yên Bái",
            ])
    }
}
