import Foundation

/// Reads one YAML file into memory, refusing what is not a small UTF-8 text file before any
/// YAML parsing happens (so a 50 MB log or a binary never reaches the parser).
struct SourceFileReader {
    let maxFileSize: Int

    func read(_ path: String, into diagnostics: inout DiagnosticBag) -> SpecSource? {
        let start = SourceLocation.start(of: path)
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            diagnostics.error("cannot read file: \(Self.reason(error))", at: start)
            return nil
        }
        // A FIFO or device would block or never end: only regular files are read.
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular, type != .typeSymbolicLink {
            diagnostics.error("is not a regular file", at: start)
            return nil
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxFileSize {
            diagnostics.error(Self.tooLarge(size, limit: maxFileSize), at: start)
            return nil
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            // Read one byte past the limit: a file growing after the size check is still refused.
            data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
        } catch {
            diagnostics.error("cannot read file: \(Self.reason(error))", at: start)
            return nil
        }
        if data.count > maxFileSize {
            diagnostics.error(Self.tooLarge(data.count, limit: maxFileSize), at: start)
            return nil
        }
        return SourceTextDecoder.decode(data, path: path, into: &diagnostics)
    }

    private static func tooLarge(_ size: Int, limit: Int) -> String {
        "file is larger than the \(limit / 1024) KiB limit (\(size) bytes or more); a field spec is a few KiB"
    }

    private static func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying?.localizedDescription ?? error.localizedDescription
    }
}
