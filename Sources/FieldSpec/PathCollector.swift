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

    /// The files to load in a stable order (each directory's files sorted), without repeats.
    func collect(_ paths: [String], into diagnostics: inout DiagnosticBag) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.error("path '\(path)' does not exist", at: nil)
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let found = yamlFiles(under: path, root: Self.resolved(path), into: &diagnostics)
            if found.isEmpty {
                diagnostics.error("directory '\(path)' contains no .yaml or .yml files", at: nil)
            }
            files.append(contentsOf: found)
        }
        return unique(files)
    }

    private func yamlFiles(under directory: String, root: String, into diagnostics: inout DiagnosticBag) -> [String] {
        let url = URL(fileURLWithPath: directory)
        guard
            let entries = try? fileManager.contentsOfDirectory(
                at: url, includingPropertiesForKeys: [], options: [.skipsHiddenFiles]
            )
        else { return [] }
        var files: [String] = []
        for entry in entries {
            let name = entry.lastPathComponent
            let path = join(directory, name)
            let kind = Self.kind(of: path)
            if kind == .directory {
                files.append(contentsOf: yamlFiles(under: path, root: root, into: &diagnostics))
            } else if !Self.isDirectory(followingLinks: path, kind),
                Self.extensions.contains(entry.pathExtension.lowercased())
            {
                // A link found by walking must stay inside the directory given: a pull request
                // could otherwise make the tool read (and quote in errors) any file on the machine.
                if kind == .symbolicLink,
                    !Self.resolved(path).hasPrefix(root.hasSuffix("/") ? root : root + "/")
                {
                    diagnostics.error(
                        "is a symbolic link to a file outside the directory being loaded, so it was not read; "
                            + "copy the file in, or name it on the command line",
                        at: SourceLocation.start(of: path))
                    continue
                }
                files.append(path)
            }
        }
        return files.sorted()
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
    private func join(_ directory: String, _ name: String) -> String {
        if directory == "." || directory == "./" { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Drops a file reached twice (`validate . web.yaml`), keeping the first spelling, so it is
    /// not reported as declaring its project twice.
    private func unique(_ files: [String]) -> [String] {
        var seen: Set<String> = []
        // Files of one directory share its resolved path: resolve each directory once, and only
        // a file that is itself a link in full.
        var directories: [String: String] = [:]
        return files.filter { file in
            let url = URL(fileURLWithPath: file)
            let key: String
            if Self.kind(of: file) == .symbolicLink {
                key = Self.resolved(file)
            } else {
                let parent = url.deletingLastPathComponent().path
                let resolvedParent = directories[parent] ?? Self.resolved(parent)
                directories[parent] = resolvedParent
                key = resolvedParent + "/" + url.lastPathComponent
            }
            return seen.insert(key).inserted
        }
    }
}
