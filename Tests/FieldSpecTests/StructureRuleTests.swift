import Testing

/// Shape rules: unknown keys at every depth, wrong types, booleans, duplicate keys, tags.
@Suite struct StructureRuleTests {
    static let field = """
        project: WEB
        fields:
          - name: Browser
            entity: EXECUTION
            type: TEXT

        """

    @Test(arguments: [
        (
            "project: WEB\nfeilds: []\n",
            "web.yaml:2:1: error: unknown key 'feilds' in a field spec file; allowed keys: project, fields, settings (did you mean 'fields'?)"
        ),
        (
            field + "    color: red\n",
            "web.yaml:6:5: error: unknown key 'color' in a field; allowed keys: name, entity, type, description, options, previously, protect"
        ),
        // A key that differs only in case is an error, never ignored: `Protect: true` must not leave the field unprotected.
        (
            field + "    Protect: true\n",
            "web.yaml:6:5: error: unknown key 'Protect' in a field; allowed keys: name, entity, type, description, options, previously, protect (did you mean 'protect'?)"
        ),
        (
            "project: WEB\nfields:\n  - name: Browser\n    entity: EXECUTION\n    type: SINGLE_SELECT\n    options:\n      - text: Chrome\n        was: [Chrom]\n",
            "web.yaml:8:9: error: unknown key 'was' in an option; allowed keys: text, previously"
        ),
        (
            "settings:\n  prune: false\n  purge: true\n",
            "web.yaml:3:3: error: unknown key 'purge' in 'settings'; allowed keys: flavor, prune, delete_threshold_percent, delete_threshold_min_fields, field_limits"
        ),
        (
            "settings:\n  field_limits: {execution: 10}\n",
            "web.yaml:2:18: error: unknown key 'execution' in 'field_limits'; allowed keys: EXECUTION, TESTSTEP (did you mean 'EXECUTION'?)"
        ),
    ])
    func unknownKeysAreReportedAtEveryDepth(yaml: String, expected: String) {
        #expect(Loading.diagnostics(yaml) == [expected])
    }

    /// A misspelt required key is one problem, reported once with the suggestion, not also as
    /// the key being missing; a missing key with no near miss is still reported.
    @Test(arguments: [
        (
            "project: WEB\nfields:\n  - nmae: Browser\n    entity: EXECUTION\n    type: TEXT\n",
            [
                "web.yaml:3:5: error: unknown key 'nmae' in a field; allowed keys: name, entity, type, description, options, previously, protect (did you mean 'name'?)"
            ]
        ),
        (
            "project: WEB\nfields:\n  - name: Browser\n    entitty: EXECUTION\n    type: TEXT\n",
            [
                "web.yaml:4:5: error: unknown key 'entitty' in a field; allowed keys: name, entity, type, description, options, previously, protect (did you mean 'entity'?)"
            ]
        ),
        (
            "project: WEB\nfields:\n  - name: Browser\n    type: TEXT\n    color: red\n",
            [
                "web.yaml:3:5: error: field is missing 'entity'",
                "web.yaml:5:5: error: unknown key 'color' in a field; allowed keys: name, entity, type, description, options, previously, protect",
            ]
        ),
        (
            "project: WEB\nfields:\n  - name: Browser\n    entity: EXECUTION\n    type: SINGLE_SELECT\n    options: [{txet: Chrome}]\n",
            [
                "web.yaml:6:16: error: unknown key 'txet' in an option; allowed keys: text, previously (did you mean 'text'?)"
            ]
        ),
    ])
    func oneTypoIsOneError(yaml: String, expected: [String]) {
        #expect(Loading.diagnostics(yaml) == expected)
    }

    @Test(arguments: [
        (
            "- WEB\n",
            "web.yaml:1:1: error: a field spec file must be a mapping with keys project, fields, settings; found a list"
        ),
        ("project: WEB\nfields: Browser\n", "web.yaml:2:9: error: 'fields' must be a list; found text \"Browser\""),
        (
            "project: WEB\nfields:\nsettings: {prune: false}\n",
            "web.yaml:2:8: error: 'fields' must be a list; found nothing (null) (write [] for an empty list)"
        ),
        (
            "project: 1.5\n",
            "web.yaml:1:10: error: 'project' must be a Jira project key like WEB or a numeric project id; found a number (1.5)"
        ),
        (
            "project: web site\n",
            "web.yaml:1:10: error: 'project' must be a Jira project key (a letter, then letters, digits or _) or a numeric project id; found \"web site\""
        ),
        (
            "project: WEB\nfields:\n  - name: 2024\n    entity: EXECUTION\n    type: TEXT\n",
            "web.yaml:3:11: error: 'name' must be text; found a number (2024) (quote it to use it as text)"
        ),
        (field + "    description: [a, b]\n", "web.yaml:6:18: error: 'description' must be text; found a list"),
        (field + "    previously: Old\n", "web.yaml:6:17: error: 'previously' must be a list; found text \"Old\""),
        (
            "settings:\n  delete_threshold_percent: \"30\"\n",
            "web.yaml:2:29: error: 'delete_threshold_percent' must be a whole number; found text \"30\""
        ),
        (
            "settings:\n  delete_threshold_percent: 150\n",
            "web.yaml:2:29: error: 'delete_threshold_percent' must be between 0 and 100; found a number (150)"
        ),
        (
            "settings:\n  delete_threshold_min_fields: -1\n",
            "web.yaml:2:32: error: 'delete_threshold_min_fields' must be at least 0; found a number (-1)"
        ),
        (
            "settings:\n  field_limits: {EXECUTION: 0}\n",
            "web.yaml:2:29: error: 'field_limits.EXECUTION' must be at least 1; found a number (0)"
        ),
        (
            "settings: true\n",
            "web.yaml:1:11: error: 'settings' must be a mapping with keys flavor, prune, delete_threshold_percent, delete_threshold_min_fields, field_limits; found a boolean (true)"
        ),
        (
            "project: WEB\nfields:\n  - name: !!int 5\n    entity: EXECUTION\n    type: TEXT\n",
            "web.yaml:3:11: error: 'name' must be text; found a value tagged tag:yaml.org,2002:int (YAML tags are not supported)"
        ),
        (
            "{}\n",
            "web.yaml:1:1: error: file declares nothing; a field spec declares at least one of project, fields, settings"
        ),
    ])
    func wrongTypesSayWhatWasExpectedAndFound(yaml: String, expected: String) {
        #expect(Loading.diagnostics(yaml) == [expected])
    }

    @Test(arguments: [
        ("yes", "found text \"yes\": YAML 1.1 words like yes/no/on/off are not booleans here"),
        ("no", "found text \"no\": YAML 1.1 words like yes/no/on/off are not booleans here"),
        ("on", "found text \"on\": YAML 1.1 words like yes/no/on/off are not booleans here"),
        ("Off", "found text \"Off\": YAML 1.1 words like yes/no/on/off are not booleans here"),
        ("True", "found a boolean (True): write it in lower case, 'true'"),
        ("FALSE", "found a boolean (FALSE): write it in lower case, 'false'"),
        ("\"true\"", "found text \"true\": remove the quotes"),
        ("1", "found a number (1)"),
        ("[true]", "found a list"),
    ])
    func onlyTrueAndFalseAreBooleans(value: String, found: String) {
        #expect(
            Loading.diagnostics(Self.field + "    protect: \(value)\n") == [
                "web.yaml:6:14: error: 'protect' must be true or false; \(found)"
            ])
    }

    @Test func trueAndFalseAreAccepted() throws {
        let spec = try Loading.spec(["web.yaml": Self.field + "    protect: true\nsettings:\n  prune: false\n"])
        #expect(spec.definitions.first?.protect == true)
        #expect(spec.settings.prune == false)
    }

    @Test(arguments: [
        (
            "project: WEB\nfields:\n  - name: Browser\n    entity: EXECUTION\n    name: Other\n    type: TEXT\n",
            "web.yaml:5:5: error: duplicate key 'name': it is already set at line 3"
        ),
        ("project: WEB\nproject: API\n", "web.yaml:2:1: error: duplicate key 'project': it is already set at line 1"),
        (
            "settings: {prune: true, prune: false}\n",
            "web.yaml:1:12: error: duplicate key 'prune': it appears more than once in this mapping"
        ),
    ])
    func duplicateKeysAreReportedAtTheRepeat(yaml: String, expected: String) {
        #expect(Loading.diagnostics(yaml) == [expected])
    }

    @Test func everyProblemIsReportedAtOnceInPositionOrder() {
        let yaml = """
            project: WEB
            fields:
              - name: Browser
                entity: execution
                type: TEXT
                protect: yes
            settings:
              prune: on

            """
        #expect(
            Loading.diagnostics(yaml) == [
                "web.yaml:4:13: error: 'entity' must be EXECUTION or TESTSTEP; found \"execution\" (write it in upper case: EXECUTION)",
                "web.yaml:6:14: error: 'protect' must be true or false; found text \"yes\": YAML 1.1 words like yes/no/on/off are not booleans here",
                "web.yaml:8:10: error: 'prune' must be true or false; found text \"on\": YAML 1.1 words like yes/no/on/off are not booleans here",
            ])
    }
}
