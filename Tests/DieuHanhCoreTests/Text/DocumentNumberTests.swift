import Foundation
import Testing

@testable import DieuHanhCore

private func parsed(_ text: String) throws -> DocumentNumber {
    try DocumentNumber.parse(text).get()
}

@Suite("Số, ký hiệu văn bản")
struct DocumentNumberTests {
    @Test(
        "inputs in the usual styles normalise to the official notation",
        arguments: [
            ("Số: 1409 /BC-UBND", "1409/BC-UBND"),
            ("số 01/NQ-CP", "01/NQ-CP"),
            ("1/NQ-CP", "01/NQ-CP"),
            ("42/2014/QĐ-TTg", "42/2014/QĐ-TTg"),
            ("42/2014/QD-TTg", "42/2014/QĐ-TTg"),
            ("4049/UBND-TH", "4049/UBND-TH"),
            ("36-NQ/TW", "36-NQ/TW"),
            ("Số 247-KL/TU", "247-KL/TU"),
            ("3413/UBND-TH ngày 22/7/2021", "3413/UBND-TH"),
            ("01/nq-cp", "01/NQ-CP"),
            ("13/TB-VP", "13/TB-VP"),
            ("  Số : 05 / KH - UBND  ", "05/KH-UBND"),
            ("Nghị quyết số 01/NQ-CP ngày 01/01/2021", "01/NQ-CP"),
            ("30/2020/NĐ-CP", "30/2020/NĐ-CP"),
            ("45/2019/QH14", "45/2019/QH14"),
            ("12/2024/qđ-ttg", "12/2024/QĐ-TTg"),
            ("36–NQ/TW", "36-NQ/TW"),
        ])
    func normalises(input: String, notation: String) throws {
        #expect(try parsed(input).notation == notation)
    }

    @Test("a typed document: number, type code and issuer")
    func typedParts() throws {
        let n = try parsed("Số: 1409 /BC-UBND")
        #expect(n == DocumentNumber(number: 1409, typeCode: "BC", issuer: "UBND"))
    }

    @Test("a công văn has no type code: issuer then drafting unit")
    func congVanParts() throws {
        let n = try parsed("4049/UBND-TH")
        #expect(n.typeCode == nil && n.issuer == "UBND" && n.drafter == "TH" && !n.isParty && n.year == nil)
    }

    @Test("a công văn without a drafting unit")
    func congVanWithoutDrafter() throws {
        let n = try parsed("123/UBND")
        #expect(n.typeCode == nil && n.issuer == "UBND" && n.drafter == nil && n.notation == "123/UBND")
    }

    @Test("a legal normative document carries its year")
    func legalNormativeParts() throws {
        let n = try parsed("42/2014/QĐ-TTg")
        #expect(n == DocumentNumber(number: 42, year: 2014, typeCode: "QĐ", issuer: "TTg"))
    }

    @Test("a Party document is marked as such")
    func partyParts() throws {
        let n = try parsed("Số 247-KL/TU")
        #expect(n == DocumentNumber(number: 247, typeCode: "KL", issuer: "TU", isParty: true))
    }

    @Test("a plain D stands for Đ only where the code with D does not exist")
    func dForDStroke() throws {
        #expect(try parsed("5/QD-UBND").typeCode == "QĐ")
        #expect(try parsed("5/QyD-UBND").typeCode == "QyĐ")
        #expect(try parsed("5/CD-UBND").typeCode == "CĐ")
        #expect(try parsed("5/DA-UBND").typeCode == "DA")  // dự án, not đề án
        #expect(try parsed("5/ĐA-UBND").typeCode == "ĐA")
        #expect(try parsed("5/HD-UBND").typeCode == "HD")  // hướng dẫn, not hợp đồng
    }

    @Test("mixed-case type codes keep their official spelling")
    func mixedCaseCodes() throws {
        #expect(try parsed("7/ctr-ubnd").notation == "07/CTr-UBND")
        #expect(try parsed("8/TTR-UBND").notation == "08/TTr-UBND")
        #expect(try parsed("9/qyđ-ubnd").notation == "09/QyĐ-UBND")
    }

    @Test("a trailing date is not part of the notation but is kept")
    func trailingDate() throws {
        let n = try parsed("3413/UBND-TH ngày 22/7/2021")
        #expect(n.date == CivilDate(year: 2021, month: 7, day: 22))
        #expect(n.drafter == "TH")
    }

    @Test("a trailing date written out in words, or after a dash")
    func trailingDateStyles() throws {
        #expect(try parsed("15/BC-UBND ngày 05 tháng 3 năm 2024").date == CivilDate(year: 2024, month: 3, day: 5))
        let dashed = try parsed("4049/UBND-TH - ngày 22-07-2021")
        #expect(dashed.drafter == "TH" && dashed.date == CivilDate(year: 2021, month: 7, day: 22))
    }

    @Test("no date, or an impossible one, leaves date nil")
    func noDate() throws {
        #expect(try parsed("01/NQ-CP").date == nil)
        #expect(try parsed("01/NQ-CP ngày 31/2/2021").date == nil)
    }

    @Test("precomposed and decomposed Unicode give the same result")
    func unicodeForms() throws {
        let text = "Số: 09/QĐ-UBND ngày 22 tháng 7 năm 2021"
        let composed = try parsed(text.precomposedStringWithCanonicalMapping)
        let decomposed = try parsed(text.decomposedStringWithCanonicalMapping)
        #expect(composed == decomposed)
        #expect(composed.notation.unicodeScalars.elementsEqual(decomposed.notation.unicodeScalars))
        #expect(decomposed.date == CivilDate(year: 2021, month: 7, day: 22))
    }

    @Test("empty input is refused with its own message")
    func empty() {
        #expect(DocumentNumber.parse("") == .failure(.empty))
        #expect(DocumentNumber.parse("   ") == .failure(.empty))
    }

    @Test(
        "text that is not a notation is refused",
        arguments: [
            "abc", "/NQ-CP", "NQ-CP", "12", "0/NQ-CP",
            "22/7/2021", "15/NQ", "Số 12/2021", "12/-CP",
        ])
    func refused(text: String) {
        #expect(DocumentNumber.parse(text) == .failure(.unreadable(text)))
    }

    @Test("the refusal message is Vietnamese and quotes the input")
    func refusalMessage() {
        guard case .failure(let error) = DocumentNumber.parse("abc") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.message.hasPrefix("Không đọc được số, ký hiệu văn bản: “abc”"))
        #expect(error.localizedDescription == error.message)
    }

    @Test("the notation pads numbers below 10 in every form")
    func padding() {
        #expect(DocumentNumber(number: 3, typeCode: "NQ", issuer: "TW", isParty: true).notation == "03-NQ/TW")
        #expect(DocumentNumber(number: 3, year: 2020, typeCode: "TT", issuer: "BTC").notation == "03/2020/TT-BTC")
        #expect(DocumentNumber(number: 3, issuer: "UBND", drafter: "KT").notation == "03/UBND-KT")
        #expect(DocumentNumber(number: 10, typeCode: "BC", issuer: "UBND").notation == "10/BC-UBND")
    }
}
