/// The type catalogue a live ZE tenant answers at `GET /field/fieldtype` (16 rows).
///
/// Codes 1-5, 10, 12 and 13 are documented; the rest are this simulator's. Multi-select sits at
/// an odd code on purpose: a client that guesses it instead of reading it by name fails here.
enum EnterpriseCatalogue {
    static let rows: [(code: Int, name: String)] = [
        (1, "Text"), (2, "Long Text"), (3, "Picklist"), (4, "Checkbox"), (5, "Date"), (6, "Date Time"),
        (7, "User"), (8, "Release"), (9, "Integer"), (10, "Number"), (11, "Hyperlink"), (12, "Cascade"),
        (13, "Rich Text"), (14, "Attachment"), (15, "Label"), (27, "Multi Select"),
    ]

    static let picklist = 3
    static let multiSelect = 27

    /// Whether fields of the type keep options in a `.LOV` preference.
    static func takesOptions(_ code: Int) -> Bool {
        code == picklist || code == multiSelect
    }

    static func knows(_ code: Int) -> Bool {
        rows.contains { $0.code == code }
    }
}
