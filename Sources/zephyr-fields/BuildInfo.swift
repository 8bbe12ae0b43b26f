/// Where this binary came from, for `--version`.
///
/// A plain `swift build` compiles this file as checked in. `scripts/release.sh` builds from an
/// export of one commit and rewrites `commit` there (never in the working tree), so a released
/// binary names the exact commit it was built from.
enum BuildInfo {
    /// "commit <short hash>" in a release build; "development build" otherwise.
    static let commit = "development build"
}
