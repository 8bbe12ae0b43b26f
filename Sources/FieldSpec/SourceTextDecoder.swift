import Foundation

/// Turns a file's bytes into text, refusing binaries with the position of the first bad byte.
enum SourceTextDecoder {
    static func decode(_ data: Data, path: String, into diagnostics: inout DiagnosticBag) -> SpecSource? {
        // Searched in the raw buffer: `Data`'s own iteration costs an access check per byte.
        if let offset = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            diagnostics.error(
                "is not a text file: it contains a NUL byte", at: location(of: offset, in: data, path: path))
            return nil
        }
        guard var text = String(validatingUTF8Data: data) else {
            let offset = firstInvalidUTF8Offset(in: data)
            diagnostics.error(
                "is not a text file: it is not valid UTF-8", at: location(of: offset, in: data, path: path))
            return nil
        }
        // Editors on Windows may write a byte order mark; it is not content.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return SpecSource(path: path, text: text)
    }

    /// Line and column (counted in bytes) of `offset`, so the user can find the bad byte.
    private static func location(of offset: Int, in data: Data, path: String) -> SourceLocation {
        let prefix = data.prefix(offset)
        let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? data.startIndex
        return SourceLocation(file: path, line: line, column: offset - lineStart + 1)
    }

    /// Where decoding fails: the first byte that does not start or continue a UTF-8 sequence
    /// correctly. Only the position matters here (validity was already decided), so overlong
    /// forms are not examined; a file failing only on those points at its start.
    private static func firstInvalidUTF8Offset(in data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length =
                lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count else { return index }
            for next in index + 1..<index + length where bytes[next] >> 6 != 0b10 {
                return index
            }
            index += length
        }
        return 0
    }
}

private extension String {
    init?(validatingUTF8Data data: Data) {
        guard let text = String(validating: data, as: UTF8.self) else { return nil }
        self = text
    }
}
