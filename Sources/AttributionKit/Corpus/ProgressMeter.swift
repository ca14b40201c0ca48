import Foundation

/// A one-line progress display on standard error (articles done, articles/s, ETA), redrawn at
/// most ten times a second, and only when standard error is a terminal.
public final class ProgressMeter {
    private let enabled: Bool
    private let totalBytes: Int?
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var articles = 0
    private var bytes = 0
    private var drewSomething = false

    /// `totalBytes` (asked only when the meter shows; nil when unknown) gives the ETA; `quiet` silences the meter.
    public init(quiet: Bool, totalBytes: () -> Int?) {
        enabled = !quiet && isatty(2) == 1
        self.totalBytes = enabled ? totalBytes() : nil
    }

    public func advance(articles count: Int, bytes size: Int) {
        articles += count
        bytes += size
        guard enabled else { return }
        let now = Date()
        if now.timeIntervalSince(lastDrawn) >= 0.1 {
            lastDrawn = now
            draw(at: now)
        }
    }

    /// Prints a line on standard error above the meter.
    public func print(_ message: String) {
        let clear = enabled && drewSomething ? "\r\u{1B}[K" : ""
        FileHandle.standardError.write(Data((clear + message + "\n").utf8))
        lastDrawn = .distantPast
    }

    /// Draws the final figures and ends the line.
    public func finish() {
        guard enabled, drewSomething || articles > 0 else { return }
        draw(at: Date())
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(at now: Date) {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        var line = "\(articles) articles  \(Int(Double(articles) / elapsed)) articles/s  "
            + String(format: "%.1f MB/s", Double(bytes) / elapsed / 1_000_000)
        if let totalBytes, totalBytes > 0, bytes > 0 {
            let remaining = Double(max(totalBytes - bytes, 0)) / (Double(bytes) / elapsed)
            line += "  \(min(100, bytes * 100 / totalBytes))%  ETA " + Self.duration(remaining)
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drewSomething = true
    }

    /// `1:05:09`, `5:09` or `9s`.
    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        if hours > 0 { return String(format: "%d:%02d:%02d", hours, minutes, secs) }
        if minutes > 0 { return String(format: "%d:%02d", minutes, secs) }
        return "\(secs)s"
    }
}
