namespace Astra.Workflows.IntegrationTests.Tasks;

internal static class TaskFlows
{
    /// <summary>
    /// A needs assessment for case managers, due in 2 working days. The variable and description hold the kind of
    /// detail that must never reach an e-mail.
    /// </summary>
    public const string Assessment = """
        {
          "schemaVersion": 1, "definitionId": "assessment", "name": "Needs assessment",
          "variables": [ { "name": "clientName", "default": "Jelena Petrović" }, { "name": "result" } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "assess", "type": "task.human", "inputs": {
                "taskType": "needs-assessment", "title": "Needs assessment for {{ case.code }}",
                "description": "HIV test follow-up for {{ vars.clientName }}",
                "role": "CaseManager", "due": { "workingDays": 2 },
                "form": [
                  { "name": "court", "label": "Court", "type": "text", "required": true },
                  { "name": "hearings", "label": "Hearings", "type": "number" },
                  { "name": "track", "label": "Track", "type": "choice", "options": ["legal", "medical"] }
                ],
                "outcomes": ["Accepted", "Declined"], "resultVariable": "result" } },
            { "id": "check", "type": "flow.decision", "inputs": { "condition": { "js": "task.data.court === 'Belgrade' && vars.result.hearings === 2" } } },
            { "id": "yes", "type": "log.note", "inputs": { "text": "Belgrade, two hearings" } },
            { "id": "no", "type": "log.note", "inputs": { "text": "Other" } },
            { "id": "declined", "type": "flow.end" }
          ],
          "connections": [
            { "from": "start", "to": "assess" },
            { "from": "assess", "outcome": "Accepted", "to": "check" },
            { "from": "assess", "outcome": "Declined", "to": "declined" },
            { "from": "check", "outcome": "True", "to": "yes" },
            { "from": "check", "outcome": "False", "to": "no" }
          ]
        }
        """;

    /// <summary>A task assigned at creation to the user named in the start input.</summary>
    public const string Assigned = """
        {
          "schemaVersion": 1, "definitionId": "assigned", "name": "Assigned task",
          "inputs": [ { "name": "assignee", "required": true } ],
          "activities": [
            { "id": "start", "type": "flow.start" },
            { "id": "prepare", "type": "task.human", "inputs": {
                "taskType": "prepare-hearing", "title": "Prepare the client for the hearing ({{ case.code }})",
                "assignee": { "js": "input.assignee" }, "due": "P3D", "priority": "urgent", "escalations": [] } },
            { "id": "end", "type": "flow.end" }
          ],
          "connections": [ { "from": "start", "to": "prepare" }, { "from": "prepare", "to": "end" } ]
        }
        """;
}
