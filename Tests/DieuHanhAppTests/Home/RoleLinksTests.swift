import DieuHanhCore
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// A page offers only links its reader may open: every link on a role's main pages answers, for that role, with a
/// page (or a redirect), never with "forbidden" or "not found".
@Suite("Links a role is shown are links it may open")
struct RoleLinksTests {
    /// The same-site links of a page, without anchors, files and exports.
    static func links(_ html: String) -> Set<String> {
        Set(
            html.matches(of: /<a[^>]* href="(\/[^"#]*)"/).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
                .filter { !$0.hasPrefix("/assets/") && !$0.hasPrefix("/attachments/") && !$0.contains("export.") })
    }

    @Test(arguments: ["canbo.snv", "vanphong"])
    func everyLinkOnTheMainPagesOpens(_ username: String) async throws {
        try await withTestApp { app in
            let p = try await TasksAPITests().load(app)
            let browser = Browser(app)
            try await browser.signIn(username)
            var pages = ["/", "/inbox", "/tasks", "/stats", "/reports", "/reports/requests", "/programme", "/indicators"]
            pages.append("/units/\(p.snv.id!)")
            pages.append("/units/\(p.archives.id!)")
            var checked = Set<String>()
            for page in pages {
                let response = try await browser.get(page)
                #expect(response.status == .ok, "\(username): \(page) answered \(response.status)")
                for link in Self.links(response.body.string) where checked.insert(link).inserted {
                    let status = try await browser.get(link).status
                    #expect(status != .forbidden && status != .notFound, "\(username): \(page) links to \(link): \(status)")
                }
            }
            #expect(checked.count > 20)
        }
    }
}
