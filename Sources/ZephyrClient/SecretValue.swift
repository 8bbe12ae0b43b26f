/// Reads a credential from the environment so that it can be sent in a header and never
/// needs to be shown.
///
/// A secret pasted into a CI variable often ends in a newline; a header value cannot hold one,
/// and the HTTP library's error for it carries the whole header, secret included. So line
/// breaks at either end are trimmed, and a value still holding a control character is refused
/// with a message that names the variable, never the value.
enum SecretValue {
    static func read(_ name: String, from environment: [String: String]) throws(ZephyrError) -> String? {
        guard let raw = environment[name] else { return nil }
        let value = trimmingLineBreaks(raw)
        if value.isEmpty { return nil }
        guard !value.unicodeScalars.contains(where: isControl) else {
            throw .invalidCredentials(
                message: "\(name) contains a control character (such as a line break or tab inside the value); "
                    + "set it again without one")
        }
        return value
    }

    private static func trimmingLineBreaks(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first == "\n" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == "\n" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }

    /// C0 and C1 controls and DEL: none can travel in an HTTP header value.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
