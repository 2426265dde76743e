import Foundation

/// What changed between two versions of a section's text, word by word, for the office to see before saving or
/// when comparing drafts. The pieces rebuild both texts: the `.same` and `.removed` pieces in order give the old
/// text, the `.same` and `.added` ones the new. Words compare as Swift compares strings (canonical equivalence), so
/// a tone typed as a combining mark and the same letter precomposed are the same word, as a reader sees them; a
/// `.same` piece carries the new text's form.
public enum TextDiff {
    public enum Piece: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)

        public var text: String {
            switch self {
            case .same(let text), .removed(let text), .added(let text): text
            }
        }
    }

    /// Above this many cells (old tokens × new tokens, after the common start and end are set aside) the word
    /// table is not built: 4 million two-byte cells are 8 MB and a few tens of milliseconds. A section changed
    /// near both ends is compared paragraph by paragraph and sentence by sentence first instead.
    static let tableLimit = 4_000_000

    public static func diff(_ old: String, _ new: String) -> [Piece] {
        let edits = tokenDiff(tokens(old), tokens(new), fallback: true)
        return group(edits)
    }

    /// The text's words, runs of whitespace (newlines included), and each other character (punctuation) alone,
    /// so that "hạn," and "hạn." differ only in the comma. A number keeps its separators ("5.300", "91,3"), so
    /// that 91,3% changed to 95,6% reads as one number replaced.
    static func tokens(_ text: String) -> [String] {
        let chars = Array(text)
        var out: [String] = []
        var current = ""
        var kind = 0  // 1 word, 2 space, 3 anything else
        for (index, c) in chars.enumerated() {
            var k = c.isWhitespace ? 2 : (c.isLetter || c.isNumber) ? 1 : 3
            if k == 3, c == "," || c == ".", index > 0, chars[index - 1].isNumber, index + 1 < chars.count,
                chars[index + 1].isNumber
            {
                k = 1
            }
            if k != kind || k == 3, !current.isEmpty {
                out.append(current)
                current = ""
            }
            current.append(c)
            kind = k
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// One piece per token, not yet merged (`group` does that); the common start and end set aside first.
    static func tokenDiff(_ old: [String], _ new: [String], fallback: Bool) -> [Piece] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var edits = new[..<prefix].map(Piece.same)
        if a.isEmpty || b.isEmpty || a.count * b.count <= tableLimit {
            edits += lcs(a, b)
        } else if fallback {
            edits += bySegment(a, b)
        } else {
            edits += a.map(Piece.removed) + b.map(Piece.added)
        }
        edits += new[(new.count - suffix)...].map(Piece.same)
        return edits
    }

    /// The longest common subsequence by the classic table, read back from the start so that, where two answers
    /// are as long, removals come before additions.
    static func lcs(_ a: [String], _ b: [String]) -> [Piece] {
        if a.isEmpty { return b.map(Piece.added) }
        if b.isEmpty { return a.map(Piece.removed) }
        // Compare small integers, not strings, in the n·m loop.
        var ids: [String: Int32] = [:]
        func id(_ token: String) -> Int32 {
            if let known = ids[token] { return known }
            let next = Int32(ids.count)
            ids[token] = next
            return next
        }
        let x = a.map(id)
        let y = b.map(id)
        let n = x.count
        let m = y.count
        let width = m + 1
        // table[i][j]: the LCS length of x[i...] and y[j...]. Lengths fit in 16 bits: min(n, m) ≤ √tableLimit.
        var table = [UInt16](repeating: 0, count: (n + 1) * width)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * width + j] =
                    x[i] == y[j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var edits: [Piece] = []
        edits.reserveCapacity(n + m)
        var i = 0
        var j = 0
        while i < n, j < m {
            if x[i] == y[j] {
                edits.append(.same(b[j]))
                i += 1
                j += 1
            } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                edits.append(.removed(a[i]))
                i += 1
            } else {
                edits.append(.added(b[j]))
                j += 1
            }
        }
        edits += a[i...].map(Piece.removed) + b[j...].map(Piece.added)
        return edits
    }

    /// Paragraphs and sentences (each with the spaces or line end after it) matched first; then each stretch of
    /// changed ones compared word by word if it is small enough, or shown as removed and added whole. Sentences
    /// too, so that one long paragraph edited at both ends is not shown as replaced throughout.
    static func bySegment(_ a: [String], _ b: [String]) -> [Piece] {
        func segments(_ tokens: [String]) -> [String] {
            var out: [String] = []
            var current = ""
            for (index, token) in tokens.enumerated() {
                current += token
                let endsSentence =
                    index > 0 && token.first?.isWhitespace == true && [".", ";", "!", "?"].contains(tokens[index - 1])
                if endsSentence || token.contains(where: \.isNewline) {
                    out.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { out.append(current) }
            return out
        }
        let segmentEdits = tokenDiff(segments(a), segments(b), fallback: false)
        var edits: [Piece] = []
        var removed: [String] = []
        var added: [String] = []
        func flushChange() {
            edits += tokenDiff(removed.flatMap(tokens), added.flatMap(tokens), fallback: false)
            removed = []
            added = []
        }
        for edit in segmentEdits {
            switch edit {
            case .same(let segment):
                flushChange()
                edits.append(.same(segment))
            case .removed(let segment): removed.append(segment)
            case .added(let segment): added.append(segment)
            }
        }
        flushChange()
        return edits
    }

    /// Edits into pieces: between two unchanged stretches all that was removed, then all that was added. A run of
    /// spaces between two changes goes into both (it reads "−a b +c d", not "−a +c ␣ −b +d"); a line end stays
    /// unchanged so the paragraphs stay apart.
    static func group(_ edits: [Piece]) -> [Piece] {
        var pieces: [Piece] = []
        var same = ""
        var removed = ""
        var added = ""
        var pendingSpace = ""  // unchanged spaces after a change, not yet known to be between two
        func flushChange() {
            if !removed.isEmpty { pieces.append(.removed(removed)) }
            if !added.isEmpty { pieces.append(.added(added)) }
            removed = ""
            added = ""
        }
        for edit in edits {
            switch edit {
            case .same(let token):
                let inChange = !removed.isEmpty || !added.isEmpty
                if inChange, same.isEmpty, token.allSatisfy({ $0.isWhitespace && !$0.isNewline }) {
                    pendingSpace += token
                    continue
                }
                if !pendingSpace.isEmpty {
                    same += pendingSpace
                    pendingSpace = ""
                }
                if inChange {
                    flushChange()
                }
                same += token
            case .removed(let token), .added(let token):
                if !same.isEmpty {
                    pieces.append(.same(same))
                    same = ""
                }
                if !pendingSpace.isEmpty {
                    removed += pendingSpace
                    added += pendingSpace
                    pendingSpace = ""
                }
                if case .removed = edit { removed += token } else { added += token }
            }
        }
        flushChange()
        if !pendingSpace.isEmpty { same += pendingSpace }
        if !same.isEmpty { pieces.append(.same(same)) }
        return pieces
    }
}
