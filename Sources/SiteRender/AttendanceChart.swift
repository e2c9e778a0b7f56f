import Escaping
import SiteModel

/// An inline SVG bar chart of attendees per edition, drawn at build time (no script), with a
/// text alternative: the SVG has a title and description, and a table follows it. Each bar is a
/// link to its edition, so the SVG is a group (an `img` may not hold links).
struct AttendanceChart {
    struct Bar {
        let number: Int
        let attendees: Int
        let url: String
    }

    let bars: [Bar]
    let label: (Int) -> String
    /// The chart's title and description come from `chart_title` and `chart_description`.
    let words: InterfaceWords

    /// Nil when no edition has an attendance figure. The chart keeps its own size whatever the
    /// number of bars (the page scrolls it sideways when it is wider than the column): bars get
    /// narrower past 30, and past 40 only every fifth edition is labelled under its bar and the
    /// figures are left to each bar's title and to the table.
    func svg() -> String? {
        guard let highest = bars.map(\.attendees).max(), highest > 0 else { return nil }
        let crowded = bars.count > 40
        let barWidth = bars.count > 30 ? 12 : 36, gap = bars.count > 30 ? 4 : 14
        let chartHeight = 180, top = 26, bottom = 28
        let width = max(bars.count * (barWidth + gap) + gap, 200)
        let height = chartHeight + top + bottom
        let total = bars.reduce(0) { $0 + $1.attendees }
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"group\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"chart-title\">\(HTMLEscaping.markup.escaped(words["chart_title"]))</title>"
        let description = words.plural("chart_description", count: bars.count, ["total": String(total)])
        svg += "<desc id=\"chart-desc\">\(HTMLEscaping.markup.escaped(description))</desc>"
        svg += "<line class=\"axis\" x1=\"0\" y1=\"\(top + chartHeight + 1)\" x2=\"\(width)\" y2=\"\(top + chartHeight + 1)\"/>"
        for (offset, bar) in bars.enumerated() {
            let x = gap + offset * (barWidth + gap)
            let barHeight = max(1, bar.attendees * chartHeight / highest)
            let y = top + chartHeight - barHeight
            svg += "<a href=\"\(HTMLEscaping.markup.escaped(bar.url))\"><title>\(HTMLEscaping.markup.escaped(barTitle(bar)))</title>"
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" rx=\"3\"/></a>"
            if !crowded {
                svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 6)\" text-anchor=\"middle\" class=\"value\">\(bar.attendees)</text>"
            }
            if !crowded || offset % 5 == 0 {
                svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(height - 8)\" text-anchor=\"middle\" class=\"label\">#\(bar.number)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// « Breizh’péro #4 : 25 participants »
    private func barTitle(_ bar: Bar) -> String {
        words.format("chart_bar", ["event": label(bar.number), "attendees": words.plural("attendees", count: bar.attendees)])
    }
}
