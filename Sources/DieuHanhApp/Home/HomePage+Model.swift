import DieuHanhCore
import Vapor

extension HomePage {
    struct Model {
        var fullName: String
        var unitName: String?
        var role: Role
        var figures: HomeFigures.Figures
        var queues: WorkQueues.Queues
        /// The organisation is still empty: the administrator's next step is the unit tree.
        var noUnits: Bool
    }

    /// One figure of the home: a count that opens the list it counts.
    struct Tile {
        let label: L
        let count: Int
        let href: String
        /// How the count reads: bad (late), warn (soon, waiting), plain.
        let tone: Tone

        enum Tone: String { case bad, warn, plain }
    }
}
