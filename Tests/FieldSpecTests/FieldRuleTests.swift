import Testing

/// Rules on one field: names, entity and type, options, description, former names, references.
@Suite struct FieldRuleTests {
    /// A one-field project file whose field has `name`, `type` and extra lines (indented 4).
    static func file(name: String = "Browser", type: String = "TEXT", _ extra: String = "") -> String {
        "project: WEB\nfields:\n  - name: \(name)\n    entity: EXECUTION\n    type: \(type)\n" + extra
    }

    @Test(arguments: [
        ("\"  \"", "field name must not be blank"),
        ("A/B", "field name \"A/B\" contains '/'; the server refuses any of , : \" \\ /"),
        ("\"Build: number\"", "field name \"Build: number\" contains ':'; the server refuses any of , : \" \\ /"),
        ("Summary", "field name \"Summary\" is a Jira system field name"),
        (String(repeating: "x", count: 256), "field name is 256 characters long; the server allows at most 255"),
    ])
    func namesFollowTheServerRules(name: String, problem: String) {
        #expect(Loading.diagnostics(Self.file(name: name)) == ["web.yaml:3:11: error: \(problem)"])
    }

    @Test func missingNameAndEntityAreBothReported() {
        #expect(
            Loading.diagnostics("project: WEB\nfields:\n  - type: TEXT\n") == [
                "web.yaml:3:5: error: field is missing 'entity'",
                "web.yaml:3:5: error: field is missing 'name'",
            ])
    }

    @Test(arguments: [
        (
            "execution", "TEXT",
            "web.yaml:4:13: error: 'entity' must be EXECUTION or TESTSTEP; found \"execution\" (write it in upper case: EXECUTION)"
        ),
        ("TEST_STEP", "TEXT", "web.yaml:4:13: error: 'entity' must be EXECUTION or TESTSTEP; found \"TEST_STEP\""),
        (
            "EXECUTION", "SELECT",
            "web.yaml:5:11: error: 'type' must be one of TEXT, LARGE_TEXT, NUMBER, DATE, DATE_TIME, RADIO_BUTTON, CHECKBOX, SINGLE_SELECT, MULTI_SELECT; found \"SELECT\""
        ),
        (
            "EXECUTION", "text",
            "web.yaml:5:11: error: 'type' must be one of TEXT, LARGE_TEXT, NUMBER, DATE, DATE_TIME, RADIO_BUTTON, CHECKBOX, SINGLE_SELECT, MULTI_SELECT; found \"text\" (write it in upper case: TEXT)"
        ),
    ])
    func entityAndTypeAreExactUpperCase(entity: String, type: String, expected: String) {
        let yaml = "project: WEB\nfields:\n  - name: Browser\n    entity: \(entity)\n    type: \(type)\n"
        #expect(Loading.diagnostics(yaml) == [expected])
    }

    @Test(arguments: [
        (
            "TEXT", "    options: [A]\n",
            "web.yaml:6:14: error: type TEXT takes no options; remove 'options' (only RADIO_BUTTON, CHECKBOX, SINGLE_SELECT, MULTI_SELECT have options)"
        ),
        ("SINGLE_SELECT", "", "web.yaml:5:11: error: type SINGLE_SELECT needs options: add a non-empty 'options' list"),
        ("CHECKBOX", "    options: []\n", "web.yaml:6:14: error: 'options' must not be empty for type CHECKBOX"),
        ("RADIO_BUTTON", "    options: [A, \"\"]\n", "web.yaml:6:18: error: option text must not be blank"),
        ("MULTI_SELECT", "    options: [A, ~]\n", "web.yaml:6:18: error: 'option' must be text; found nothing (null)"),
        (
            "MULTI_SELECT", "    options: [A, [B]]\n",
            "web.yaml:6:18: error: an option must be text, or a mapping with 'text' and 'previously'; found a list"
        ),
        (
            "SINGLE_SELECT", "    options:\n      - Chrome\n      - chrome\n      - Chrome\n",
            "web.yaml:9:9: error: option \"Chrome\" is listed twice (first at line 7)"
        ),
        (
            "SINGLE_SELECT", "    options:\n      - Chrome\n      - text: Firefox\n        previously: [Chrome]\n",
            "web.yaml:8:9: error: option \"Firefox\" lists \"Chrome\" in 'previously', but \"Chrome\" is a current option of this field"
        ),
        (
            "SINGLE_SELECT",
            "    options:\n      - text: Firefox\n        previously: [FF]\n      - text: Fox\n        previously: [FF]\n",
            "web.yaml:9:9: error: option \"Fox\" lists \"FF\" in 'previously', but option \"Firefox\" at line 7 already does"
        ),
        ("SINGLE_SELECT", "    options:\n      - previously: [FF]\n", "web.yaml:7:9: error: option is missing 'text'"),
        (
            "SINGLE_SELECT", "    options:\n      - text: Firefox\n        previously: [\" \"]\n",
            "web.yaml:8:22: error: former option text: option text must not be blank"
        ),
    ])
    func optionsMatchTheType(type: String, extra: String, expected: String) {
        #expect(Loading.diagnostics(Self.file(type: type, extra)) == [expected])
    }

    @Test func optionsAreReadAsTextOrWithFormerTexts() throws {
        let yaml = Self.file(
            type: "SINGLE_SELECT",
            "    options:\n      - Chrome\n      - text: Firefox\n        previously: [FF, Fire fox]\n")
        let options = try #require(try Loading.spec(["web.yaml": yaml]).definitions.first?.options)
        #expect(options.map(\.text) == ["Chrome", "Firefox"])
        #expect(options.map(\.previously) == [[], ["FF", "Fire fox"]])
        #expect(options.map(\.location.description) == ["web.yaml:7:9", "web.yaml:8:9"])
    }

    @Test func descriptionIsAtMost255Characters() {
        let long = String(repeating: "d", count: 256)
        #expect(
            Loading.diagnostics(Self.file("    description: \(long)\n")) == [
                "web.yaml:6:18: error: description is 256 characters long; the server allows at most 255"
            ])
    }

    @Test(arguments: [
        (
            "[browser]",
            "web.yaml:6:18: error: 'previously' lists \"browser\", the field's current name; list only former names"
        ),
        ("[Old, OLD]", "web.yaml:6:23: error: 'previously' lists \"OLD\" twice (also at line 6)"),
        ("[\"\"]", "web.yaml:6:18: error: a former name in 'previously' must not be blank"),
    ])
    func formerNamesAreDistinctFromTheName(list: String, expected: String) {
        #expect(Loading.diagnostics(Self.file("    previously: \(list)\n")) == [expected])
    }

    @Test func referencesTakeOnlyNameAndEntity() {
        let yaml = """
            project: WEB
            fields:
              - name: Browser
                entity: EXECUTION
                type: TEXT
              - name: Browser
                entity: EXECUTION
                description: Again
                protect: true

            """
        #expect(
            Loading.diagnostics(["web.yaml": yaml, "api.yaml": "project: API\n"]) == [
                "web.yaml:6:5: error: field EXECUTION/Browser is listed twice in this file (first at line 3)",
                "web.yaml:8:5: error: 'description' is not allowed on a reference: an entry without 'type' only enables a field defined elsewhere (add 'type' to define it here)",
                "web.yaml:9:5: error: 'protect' is not allowed on a reference: an entry without 'type' only enables a field defined elsewhere (add 'type' to define it here)",
            ])
    }

    @Test func aReferenceNeedsAProjectFile() {
        let yaml = "fields:\n  - name: Browser\n    entity: EXECUTION\n"
        #expect(
            Loading.diagnostics(["defs.yaml": yaml]) == [
                "defs.yaml:2:5: error: field EXECUTION/Browser has no 'type', which makes it a reference, but this file has no 'project' to enable it in; add 'type' to define the field"
            ])
    }
}
