import Foundation

/// Reads one YAML file into memory, refusing what is not a small UTF-8 text file before any
/// YAML parsing happens (so a 50 MB log or a binary never reaches the parser).
struct SourceFileReader {
    let maxFileSize: Int

    func read(_ path: String, into diagnostics: inout DiagnosticBag) -> SpecSource? {
        let start = SourceLocation.start(of: path)
        // Open first, then look at what was opened (`fstat` on the descriptor): a symbolic link
        // is judged by its target, and nothing can be swapped in between. O_NONBLOCK makes
        // opening a FIFO return at once instead of waiting for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            diagnostics.error("cannot read file: \(String(cString: strerror(errno)).lowercased())", at: start)
            return nil
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            diagnostics.error("cannot read file: \(String(cString: strerror(errno)).lowercased())", at: start)
            return nil
        }
        // A FIFO, socket or device would block or never end: only regular files are read.
        guard status.st_mode & S_IFMT == S_IFREG else {
            diagnostics.error("is not a regular file", at: start)
            return nil
        }
        if Int(status.st_size) > maxFileSize {
            diagnostics.error(Self.tooLarge(Int(status.st_size), limit: maxFileSize), at: start)
            return nil
        }
        let data: Data
        do {
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
