import DieuHanhCore
import Foundation

/// Charts drawn on the server as SVG: no script, readable without JavaScript, printable. Every chart sits next to
/// a table with the same figures, so a screen reader loses nothing.
enum SVGChart {
    struct Bar {
        var label: String
        var value: Double
        /// The text shown at the end of the bar ("91,3%", "4").
        var display: String
        var color: String
    }

    /// The five buckets as one stacked bar with a legend under it.
    static func stacked(_ segments: [Bar], title: String, width: Int = 720) -> String {
        let total = segments.reduce(0) { $0 + $1.value }
        var x = 0.0
        var parts = ""
        for segment in segments where segment.value > 0 && total > 0 {
            let w = Double(width) * segment.value / total
            parts +=
                #"<rect x="\#(format(x))" y="0" width="\#(format(w))" height="28" fill="\#(segment.color)"><title>\#(escape(segment.label)): \#(escape(segment.display))</title></rect>"#
            x += w
        }
        var legend = ""
        for (i, segment) in segments.enumerated() {
            let lx = (i % 3) * (width / 3)
            let ly = 46 + (i / 3) * 22
            legend += #"<rect x="\#(lx)" y="\#(ly - 11)" width="12" height="12" fill="\#(segment.color)"/>"#
            legend +=
                #"<text x="\#(lx + 18)" y="\#(ly)" font-size="13">\#(escape(segment.label)): \#(escape(segment.display))</text>"#
        }
        let height = 46 + ((segments.count + 2) / 3) * 22
        return svg(width: width, height: height, title: title, body: parts + legend)
    }

    /// Horizontal bars, one per row, longest = `maximum`, each under its label: a long unit name ("Ủy ban nhân dân
    /// phường …") reads from its start, where a label column beside the bars cut it off on the left.
    static func bars(_ rows: [Bar], maximum: Double, title: String, width: Int = 720) -> String {
        let barArea = width - 70
        let rowHeight = 40
        var body = ""
        for (i, row) in rows.enumerated() {
            let y = i * rowHeight
            let w = maximum > 0 ? Double(barArea) * min(row.value, maximum) / maximum : 0
            body += #"<text x="0" y="\#(y + 14)" font-size="13">\#(escape(truncate(row.label, 90)))</text>"#
            body +=
                #"<rect x="0" y="\#(y + 20)" width="\#(format(w))" height="14" fill="\#(row.color)"><title>\#(escape(row.label)): \#(escape(row.display))</title></rect>"#
            body +=
                #"<text x="\#(format(w + 6))" y="\#(y + 32)" font-size="13" font-weight="600">\#(escape(row.display))</text>"#
        }
        return svg(width: width, height: max(rowHeight, rows.count * rowHeight), title: title, body: body)
    }

    /// Bucket colours, the same as the status tags.
    static func color(_ bucket: TaskBucket) -> String {
        switch bucket {
        case .completedOnTime: "#1e6b3a"
        case .completedLate: "#c28a00"
        case .pendingWithinDeadline: "#0b5cad"
        case .pendingOverdue: "#a11b1b"
        case .pendingNoDeadline: "#8a96a3"
        }
    }

    private static func svg(width: Int, height: Int, title: String, body: String) -> String {
        #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \#(width) \#(height)" width="100%" role="img" aria-label="\#(escape(title))" font-family="system-ui, sans-serif" fill="rgb(29,39,51)"><title>\#(escape(title))</title>\#(body)</svg>"#
    }

    private static func truncate(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }

    private static func format(_ v: Double) -> String { String(format: "%.1f", v) }

    static func escape(_ s: String) -> String { HTMLEscaping.attribute(s) }
}
