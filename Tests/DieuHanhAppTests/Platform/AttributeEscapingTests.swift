import DieuHanhCore
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Text from the address bar or the database, written into an attribute, must stay inside it.
@Suite struct AttributeEscapingTests {
    static let payload = #""><meta http-equiv="refresh" content="0;url=https://attacker.example/">"#

    /// What must never appear in a page: the payload's quote closing the attribute and a real element following.
    static func expectInert(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<meta http-equiv=\"refresh\""), sourceLocation: sourceLocation)
        #expect(!html.contains("\"><meta"), sourceLocation: sourceLocation)
    }

    @Test(arguments: ["/tasks", "/units", "/documents", "/programme", "/indicators", "/reports/requests", "/users", "/audit"])
    func aSearchBoxKeepsAQuoteAsText(path: String) async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            // act
            let page = try await browser.get(path + "?q=" + Self.payload.urlQueryEscaped)
            // check: the page answers and shows the words typed, escaped
            #expect(page.status.code < 500)
            Self.expectInert(page.body.string)
        }
    }

    @Test func theSignInPageKeepsAForeignNextAsText() async throws {
        try await withTestApp { app in
            // act
            let page = try await Browser(app).get("/sign-in?next=" + Self.payload.urlQueryEscaped)
            // check
            #expect(page.status == .ok)
            Self.expectInert(page.body.string)
        }
    }

    @Test func aStoredFullNameStaysInsideItsEditField() async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            let user = try await makeUser(app, "nguoi.la", role: .viewer)
            user.fullName = Self.payload
            try await user.save(on: app.db)
            let browser = Browser(app)
            try await browser.signIn("admin")
            // act
            let page = try await browser.get("/users/\(user.id!)/edit")
            // check: the name is there, as an escaped attribute value
            #expect(page.status == .ok)
            Self.expectInert(page.body.string)
            #expect(page.body.string.contains("value=\"&quot;&gt;&lt;meta http-equiv=&quot;refresh&quot;"))
        }
    }

    @Test func plainValuesAreWrittenAsTheyAre() {
        #expect(HTMLEscaping.attribute(#"a"b'c<d>e&f"#) == "a&quot;b&#39;c&lt;d&gt;e&amp;f")
        #expect(HTMLEscaping.attribute("/tasks/123?page=2") == "/tasks/123?page=2")
        #expect(HTMLEscaping.attribute("Sở Nội vụ") == "Sở Nội vụ")
        #expect(HTMLEscaping.attribute("a&b") == "a&amp;b")
    }

    @Test func textIsEscapedOnItsBytesWithoutTouchingVietnameseLetters() {
        #expect(HTMLEscaping.text("Sở Nội vụ & Sở Tài chính <b>") == "Sở Nội vụ &amp; Sở Tài chính &lt;b&gt;")
        #expect(HTMLEscaping.text("Đã hoàn thành 100%") == "Đã hoàn thành 100%")
        // An entity typed as text stays text: the browser shows the five characters, not an ampersand.
        #expect(HTMLEscaping.text("&amp;") == "&amp;amp;")
        #expect(HTMLEscaping.text("") == "")
    }

    @Test func theShadowingAttributesAreThoseThePlotInUseWouldNeed() throws {
        // The generated twins must match the Plot this build uses (regenerate after an upgrade).
        // Tests/DieuHanhAppTests/Platform/ → the repository.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("scripts/generate-escaped-attributes.py").path
        let plot = URL(fileURLWithPath: script).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/checkouts/Plot/Sources/Plot/API/HTMLAttributes.swift").path
        guard FileManager.default.fileExists(atPath: plot) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
