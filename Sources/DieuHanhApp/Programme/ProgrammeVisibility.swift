import DieuHanhCore
import Fluent
import Vapor

/// Whether a user may see an item: a unit officer only the items of their subtree.
extension Request {
    /// The programme item of the route (`:itemID`), when its lead unit is in the caller's scope.
    func visibleProgrammeItem() async throws -> ProgrammeItem {
        let scope = try await accessScope()
        return try await visible(ProgrammeItem.self, "itemID") { scope.allows($0.leadUnitID) }
    }
}
