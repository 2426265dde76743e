import DieuHanhCore
import Fluent
import Foundation

/// A draft with what hangs from it, read together: each section's current text and the draft version that last
/// changed it, and the comments.
struct ReviewDraftContent {
    var draft: ReviewDraft
    /// The latest save of each section, by key.
    var latest: [String: ReviewSectionVersion]
    var comments: [ReviewComment]

    static func load(_ draft: ReviewDraft, on db: Database) async throws -> ReviewDraftContent {
        let id = draft.id!
        // Newest first, so the first save met of each key is its current text.
        let versions = try await ReviewSectionVersion.query(on: db).filter(\.$draftID == id)
            .sort(\.$draftVersion, .descending).all()
        var latest: [String: ReviewSectionVersion] = [:]
        for version in versions where latest[version.key] == nil { latest[version.key] = version }
        let comments = try await ReviewComment.query(on: db).filter(\.$draftID == id).sort(\.$createdAt).all()
        return ReviewDraftContent(draft: draft, latest: latest, comments: comments)
    }

    func text(_ key: String) -> String { latest[key]?.text ?? "" }

    /// The draft version that last changed the section; a section never saved counts from the draft's first.
    func changedAt(_ key: String) -> Int { latest[key]?.draftVersion ?? 1 }

    var texts: [String: String] { latest.mapValues(\.text) }

    func openComments(_ key: String) -> [ReviewComment] { comments.filter { $0.key == key && !$0.isResolved } }
}
