import Foundation
import Testing

@testable import DieuHanhApp

@Suite("Multipart header names are checked before MultipartKit reads them")
struct MultipartHeaderNamesTests {
    static let b = "XyZ"

    static func check(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBytes { MultipartHeaderNames.areASCII(in: $0, boundary: b) }
    }

    @Test func aWellFormedFormWithVietnameseValuesAndFileNamesPasses() {
        let body =
            "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nĐã hoàn thành\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"Báo cáo.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n\u{FF}\u{FE}ẞ binary\r\n--XyZ--\r\n"
        #expect(Self.check(body))
    }

    @Test(arguments: [
        "--XyZ\r\nĐ: x\r\n\r\nv\r\n--XyZ--\r\n",
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nXé: y\r\n\r\nv\r\n--XyZ--\r\n",
        "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ\r\nñ\r\n",
        "preamble --XyZ\r\nÄ",
    ])
    func aNonASCIIByteInAHeaderNameIsRefused(_ body: String) {
        #expect(!Self.check(body))
    }

    @Test(arguments: [
        // After a syntax error MultipartKit reads nothing more of the headers.
        "--XyZ\r\nbad name: x\r\nÄ: y\r\n\r\n--XyZ--\r\n",
        // The end of the body: `--boundary--`.
        "--XyZ--\r\nÄ: epilogue\r\n",
        // A value may hold anything up to CR LF.
        "--XyZ\r\nContent-Disposition: form-data; name=\"Đ\"; filename=\"ñ\"\r\n\r\nv\r\n--XyZ--\r\n",
        // Not the boundary: body bytes.
        "--XyZa\r\nÄ: x\r\n",
    ])
    func bytesMultipartKitDoesNotReadAsAHeaderNameAreLeftAlone(_ body: String) {
        #expect(Self.check(body))
    }

    @Test func headerLinesReachedFromManyBoundariesAreReadOnce() {
        // Each "--XyZ\r\n" opens headers whose values hold the next boundary: read naively, every boundary would
        // rescan the rest of the body. The verdict must still see the non-ASCII name at the very end.
        let repeated = String(repeating: "X:--XyZ\r\n", count: 20_000)
        #expect(Self.check("--XyZ\r\n" + repeated + "\r\n"))
        #expect(!Self.check("--XyZ\r\n" + repeated + "Ä: y\r\n"))
    }
}
