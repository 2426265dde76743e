import Crypto
import Foundation

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
