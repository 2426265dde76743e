import Crypto
import DieuHanhCore
import Foundation
import Vapor

/// One page of a filtered list, as pages and the API show it.
struct ResultPage<Item> {
    var items: [Item]
    var total: Int
    var page: Int
    var per: Int
}

/// SHA-256 as lower-case hex: the audit chain, API token digests and asset URLs use it.
func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

extension Request {
    /// The page a browser list's address asks for: anything that is not a page number shows the first page, and
    /// any number is brought within `PageWindow`'s bounds (the list then shows an empty page past its end).
    var listPage: Int { PageWindow(page: (try? query.get(Int.self, at: "page")) ?? 1, per: 1).page }
}
