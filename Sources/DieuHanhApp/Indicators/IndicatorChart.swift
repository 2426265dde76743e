import DieuHanhCore
import Foundation

/// Target against actuals over the months of a year, drawn on the server as SVG (no script, printable). For a
/// `sum` indicator the actuals are cumulative from 1 January and the target is drawn as an even pace from 0 to the
/// year's target; for a `level` indicator the target is a flat line. Last year's figures are drawn in grey.
/// The page puts a table with the same figures next to it. Pixel positions are the only floating point here.
enum IndicatorChart {
    struct Input {
        var aggregation: IndicatorAggregation
        var unit: String
        var year: Int
        var target: Decimal?
        /// The original target, when a revision replaced it.
        var originalTarget: Decimal?
        var current: [IndicatorActualValue]
        var previous: [IndicatorActualValue]
    }

    static let width = 640, height = 340
    static let left = 74.0, right = 20.0, top = 16.0, bottom = 104.0
    static let brand = "#8b1e1e", targetColor = "#0b5cad", previousColor = "#8a96a3", gridColor = "#d5dbe2", axisColor = "#5b6673"

    static func svg(_ input: Input, title: String) -> String {
        let plotW = Double(width) - left - right
        let plotH = Double(height) - top - bottom
        let values = (input.current + input.previous).map(\.value) + [input.target, input.originalTarget].compactMap { $0 }
        let doubles = values.map(double)
        var low = min(0, doubles.min() ?? 0)
        var high = max(0, doubles.max() ?? 1, low + 1)
        (low, high) = niceRange(low, high)
        func x(_ month: Int) -> Double { left + plotW * Double(month) / 12 }
        func y(_ value: Decimal) -> Double { top + plotH * (1 - (double(value) - low) / (high - low)) }
        func y(_ value: Double) -> Double { top + plotH * (1 - (value - low) / (high - low)) }

        var body = ""
        // Grid and the value axis.
        for i in 0...4 {
            let v = low + (high - low) * Double(i) / 4
            body += #"<line x1="\#(f(left))" y1="\#(f(y(v)))" x2="\#(f(left + plotW))" y2="\#(f(y(v)))" stroke="\#(gridColor)"/>"#
            body +=
                #"<text x="\#(f(left - 6))" y="\#(f(y(v) + 4))" font-size="13" text-anchor="end">\#(esc(axisLabel(v)))</text>"#
        }
        for month in 1...12 {
            body +=
                #"<text x="\#(f(x(month)))" y="\#(f(top + plotH + 18))" font-size="13" text-anchor="middle">T\#(month)</text>"#
        }
        body +=
            #"<line x1="\#(f(left))" y1="\#(f(top + plotH))" x2="\#(f(left + plotW))" y2="\#(f(top + plotH))" stroke="\#(axisColor)"/>"#

        // Targets.
        func targetLine(_ target: Decimal, color: String, dash: String, label: String) -> String {
            let name = label + ": " + IndicatorText.value(target, unit: input.unit)
            if input.aggregation.isSummed {
                return
                    #"<line x1="\#(f(x(0)))" y1="\#(f(y(Decimal(0))))" x2="\#(f(x(12)))" y2="\#(f(y(target)))" stroke="\#(color)" stroke-width="2" stroke-dasharray="\#(dash)"><title>\#(esc(name))</title></line>"#
            } else {
                return
                    #"<line x1="\#(f(x(0)))" y1="\#(f(y(target)))" x2="\#(f(x(12)))" y2="\#(f(y(target)))" stroke="\#(color)" stroke-width="2" stroke-dasharray="\#(dash)"><title>\#(esc(name))</title></line>"#
            }
        }
        if let original = input.originalTarget, original != input.target {
            body += targetLine(original, color: previousColor, dash: "2 4", label: "Kế hoạch đầu năm")
        }
        if let target = input.target { body += targetLine(target, color: targetColor, dash: "8 5", label: "Kế hoạch") }

        // Actuals: last year's in grey, this year's in the brand colour; hollow markers for estimates.
        func series(_ points: [IndicatorActualValue], color: String) -> String {
            guard !points.isEmpty else { return "" }
            var coordinates = points.map { (x($0.lastMonth), y($0.value)) }
            if input.aggregation == .sum { coordinates.insert((x(0), y(Decimal(0))), at: 0) }
            var out =
                #"<polyline fill="none" stroke="\#(color)" stroke-width="2.5" points="\#(coordinates.map { f($0.0) + "," + f($0.1) }.joined(separator: " "))"/>"#
            for point in points {
                let cx = x(point.lastMonth)
                let cy = y(point.value)
                let fill = point.kind == .chinhThuc ? color : "white"
                out +=
                    #"<circle cx="\#(f(cx))" cy="\#(f(cy))" r="5" fill="\#(fill)" stroke="\#(color)" stroke-width="2"><title>\#(esc(Labels.sentenceStart(point.label) + ": " + IndicatorText.value(point.value, unit: input.unit)))</title></circle>"#
            }
            return out
        }
        body += series(input.previous, color: previousColor)
        body += series(input.current, color: brand)
        if let last = input.current.last {
            let lx = min(x(last.lastMonth) + 8, left + plotW - 4)
            body +=
                #"<text x="\#(f(lx))" y="\#(f(y(last.value) - 9))" font-size="13" font-weight="600" text-anchor="\#(last.lastMonth >= 10 ? "end" : "start")">\#(esc(IndicatorText.value(last.value)))</text>"#
        }

        // Legend under the axis.
        let ly = top + plotH + 42
        var legend = [
            (color: brand, dash: "", text: "Thực hiện năm \(input.year)"),
            (color: previousColor, dash: "", text: "Cùng kỳ năm \(input.year - 1)"),
        ]
        if input.target != nil {
            legend.append((targetColor, "8 5", input.aggregation == .sum ? "Kế hoạch (tiến độ đều trong năm)" : "Kế hoạch"))
        }
        if let original = input.originalTarget, original != input.target {
            legend.append((previousColor, "2 4", "Kế hoạch đầu năm"))
        }
        // Items wrap onto a second row rather than run past the edge.
        var lx = left
        var row = 0.0
        for item in legend {
            let itemWidth = 32 + Double(item.text.count) * 7.8 + 24
            if lx > left && lx + itemWidth > Double(width) - right {
                lx = left
                row += 1
            }
            let y = ly + row * 20
            body +=
                #"<line x1="\#(f(lx))" y1="\#(f(y - 4))" x2="\#(f(lx + 26))" y2="\#(f(y - 4))" stroke="\#(item.color)" stroke-width="2.5"\#(item.dash.isEmpty ? "" : #" stroke-dasharray="\#(item.dash)""#)/>"#
            body += #"<text x="\#(f(lx + 32))" y="\#(f(y))" font-size="14">\#(esc(item.text))</text>"#
            lx += itemWidth
        }
        body +=
            #"<text x="\#(f(left))" y="\#(f(ly + row * 20 + 22))" font-size="13" fill="\#(axisColor)">\#(esc("Điểm rỗng: số ước tính hoặc sơ bộ; điểm đặc: số chính thức. Đơn vị: " + input.unit))</text>"#

        return
            #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \#(width) \#(height)" width="100%" role="img" aria-label="\#(esc(title))" font-family="system-ui, sans-serif" fill="rgb(29,39,51)"><title>\#(esc(title))</title>\#(body)</svg>"#
    }

    /// A range from a round number to a round number, so the axis reads 0, 1.500, 3.000….
    static func niceRange(_ low: Double, _ high: Double) -> (Double, Double) {
        let span = high - low
        let magnitude = pow(10, floor(log10(span / 4)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { span / $0 <= 4 } ?? 10 * magnitude
        return (floor(low / step) * step, ceil(high * 1.05 / step) * step)
    }

    static func axisLabel(_ v: Double) -> String {
        let rounded = (v * 100).rounded() / 100
        let decimal = Decimal(string: String(format: "%.2f", rounded), locale: Locale(identifier: "en_US_POSIX")) ?? 0
        return IndicatorText.value(decimal)
    }

    private static func double(_ d: Decimal) -> Double { NSDecimalNumber(decimal: d).doubleValue }
    private static func f(_ v: Double) -> String { String(format: "%.1f", v) }
    private static func esc(_ s: String) -> String { SVGChart.escape(s) }
}
