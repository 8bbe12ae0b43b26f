/// Response bodies shaped like real servers' (see docs/zephyr-api.md, "The field object").
enum Fixtures {
    static let browser = """
        {"id": 12, "name": "Browser", "description": "", "defaultValue": null,
         "isActive": false, "active": true, "fieldType": "SINGLE_SELECT",
         "aliasName": null, "projectId": null, "displayName": null,
         "displayFieldType": "Select List (single choices)", "entityType": "EXECUTION",
         "createdOn": 1525688574630, "createdBy": "admin", "modifiedBy": "admin",
         "fieldOptions": null, "customFieldOptionValues": {"10": "Safari", "5": "Chrome", "6": "Firefox"}}
        """

    /// The documented placeholder shapes: string id, string createdOn, "" fieldOptions, no options.
    static let notes = """
        {"id": "14", "name": "Notes", "description": null, "isActive": false, "active": false,
         "fieldType": "TEXT", "entityType": "teststep", "createdOn": "", "fieldOptions": "",
         "responseMessage": "", "unknownKey": {"nested": [1, 2]}}
        """

    static let fieldList = "[\(browser), \(notes)]"
}
