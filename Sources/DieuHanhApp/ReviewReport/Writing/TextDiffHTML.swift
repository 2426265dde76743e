import DieuHanhCore
import Plot

/// What changed between two versions of a section's text (`TextDiff`), in one block: removed words struck through
/// in red, added ones underlined in green (styled by `.text-diff` in the stylesheet, which also keeps line ends
/// and wraps long words so the block never widens a phone's page). Colour is not the only sign: the lines differ,
/// and a screen reader hears "Đã xóa:" and "Đã thêm:" before each change and where it ends, since most do not
/// announce `<del>` and `<ins>`.
enum TextDiffHTML {
    static func node(_ pieces: [TextDiff.Piece], t: Localizer) -> Node<HTML.BodyContext> {
        .div(
            .class("text-diff"),
            .forEach(pieces) { piece in
                switch piece {
                case .same(let text):
                    .text(text)
                case .removed(let text):
                    .del(hidden(t(T.textDiffRemoved)), .text(text), hidden(t(T.textDiffEnd)))
                case .added(let text):
                    .ins(hidden(t(T.textDiffAdded)), .text(text), hidden(t(T.textDiffEnd)))
                }
            })
    }

    static func node(old: String, new: String, t: Localizer) -> Node<HTML.BodyContext> {
        node(TextDiff.diff(old, new), t: t)
    }

    private static func hidden(_ text: String) -> Node<HTML.BodyContext> {
        .span(.class("visually-hidden"), .text(text))
    }
}
