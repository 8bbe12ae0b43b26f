import Foundation

/// Expands the user's paths into the YAML files to load.
///
/// Directories are walked recursively for `.yaml`/`.yml` files; hidden files and directories are
/// skipped (so `.github/` or `.gitlab-ci.yml` never count as field specs) and symbolic links to
/// directories are not followed (no loops). A file named explicitly is loaded whatever its
/// extension. Paths keep the user's spelling so diagnostics print what they typed.
struct PathCollector {
    static let extensions: Set<String> = ["yaml", "yml"]

    private let fileManager = FileManager.default

    /// A file to load: the path as the user will read it, and what it is on disk (its absolute
    /// path with links resolved), to notice one file reached twice.
    private struct Found {
        let path: String
        let identity: String
    }

    /// The files to load in a stable order (each directory's files sorted), without repeats.
    func collect(_ paths: [String], into diagnostics: inout DiagnosticBag) -> [String] {
        var files: [Found] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.error("path '\(path)' does not exist", at: nil)
                continue
            }
            if !isDirectory.boolValue {
                files.append(Found(path: path, identity: Self.identity(ofNamedFile: path)))
                continue
            }
            let found = yamlFiles(under: path, root: Self.resolved(path), into: &diagnostics)
            if found.isEmpty {
                diagnostics.error("directory '\(path)' contains no .yaml or .yml files", at: nil)
            }
            files.append(contentsOf: found)
        }
        // A file reached twice (`validate . web.yaml`) keeps its first spelling, so it is not
        // reported as declaring its project twice.
        var seen: Set<String> = []
        return files.filter { seen.insert($0.identity).inserted }.map(\.path)
    }

    /// Walks `directory` by name (one `lstat` per entry, the directory resolved once: this runs
    /// for each of 1,000 project files).
    private func yamlFiles(under directory: String, root: String, into diagnostics: inout DiagnosticBag) -> [Found] {
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else { return [] }
        let resolvedDirectory = Self.resolved(directory)
        var files: [Found] = []
        for name in names where !name.hasPrefix(".") {
            let path = Self.join(directory, name)
            let kind = Self.kind(of: path)
            if kind == .directory {
                files.append(contentsOf: yamlFiles(under: path, root: root, into: &diagnostics))
                continue
            }
            guard !Self.isDirectory(followingLinks: path, kind), Self.hasYAMLExtension(name) else { continue }
            guard kind == .symbolicLink else {
                files.append(Found(path: path, identity: Self.join(resolvedDirectory, name)))
                continue
            }
            // A link found by walking must stay inside the directory given: a pull request
            // could otherwise make the tool read (and quote in errors) any file on the machine.
            let target = Self.resolved(path)
            guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                diagnostics.error(
                    "is a symbolic link to a file outside the directory being loaded, so it was not read; "
                        + "copy the file in, or name it on the command line",
                    at: SourceLocation.start(of: path))
                continue
            }
            files.append(Found(path: path, identity: target))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// `.yaml` or `.yml`, in any case (`web.YAML` too).
    private static func hasYAMLExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A file named on the command line: a link is itself resolved, any other file by its directory.
    private static func identity(ofNamedFile path: String) -> String {
        if kind(of: path) == .symbolicLink { return resolved(path) }
        let url = URL(fileURLWithPath: path)
        return join(resolved(url.deletingLastPathComponent().path), url.lastPathComponent)
    }

    private enum Kind { case directory, symbolicLink, other }

    /// What `path` itself is: one `lstat`, where `URL.resourceValues` cost several calls per
    /// file (a profile hot spot when loading 1,000 project files).
    private static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .other }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// A symbolic link to a directory is neither walked (no loops) nor loaded as a file.
    private static func isDirectory(followingLinks path: String, _ kind: Kind) -> Bool {
        guard kind == .symbolicLink else { return kind == .directory }
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The absolute path with every symbolic link resolved.
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `dir/name`, without a `./` prefix for the current directory or a doubled slash.
    private static func join(_ directory: String, _ name: String) -> String {
        if directory == "." || directory == "./" { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
