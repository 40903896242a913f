namespace Astra.Workflows.Engine.Validation;

/// <summary>
/// The language-neutral codes of the engine's validation problems (<see cref="ValidationProblem.Code"/>). The web app
/// words each in the reader's language; a unit test there fails when one has no text.
/// </summary>
public static class ValidationCodes
{
    public const string SchemaVersion = "schemaVersion";
    public const string DefinitionIdRequired = "definitionIdRequired";
    public const string ActivityWithoutId = "activityWithoutId";
    public const string DuplicateActivityId = "duplicateActivityId";
    public const string DuplicateVariable = "duplicateVariable";
    public const string UnknownActivityType = "unknownActivityType";
    public const string MissingInput = "missingInput";
    public const string UnknownInput = "unknownInput";
    public const string ConnectionFromUnknown = "connectionFromUnknown";
    public const string ConnectionToUnknown = "connectionToUnknown";
    public const string UnknownOutcome = "unknownOutcome";
    public const string UnknownDefaultOutcome = "unknownDefaultOutcome";
    public const string NoStart = "noStart";
    public const string SecondStart = "secondStart";
    public const string Unreachable = "unreachable";
    public const string CycleWithoutWait = "cycleWithoutWait";
    public const string ScriptDoesNotParse = "scriptDoesNotParse";
    public const string TemplateDoesNotParse = "templateDoesNotParse";
    public const string ScriptNotAccepted = "scriptNotAccepted";
    public const string ScriptRequired = "scriptRequired";
    public const string LiteralNotAccepted = "literalNotAccepted";
    public const string DeadlineInvalid = "deadlineInvalid";
    public const string AnchorNotDate = "anchorNotDate";
    public const string ExpectedText = "expectedText";
    public const string ExpectedNumber = "expectedNumber";
    public const string ExpectedBoolean = "expectedBoolean";
    public const string ExpectedList = "expectedList";
    public const string ExpectedObject = "expectedObject";
    public const string DurationInvalid = "durationInvalid";
    public const string ExpectedDeadline = "expectedDeadline";
    public const string ExpectedDate = "expectedDate";
    public const string NotAnOption = "notAnOption";
    public const string VariableNotDeclared = "variableNotDeclared";
    public const string EventNameInvalid = "eventNameInvalid";
    public const string EventDeclaredTwice = "eventDeclaredTwice";
    public const string RolesEmpty = "rolesEmpty";
    public const string RoleEmpty = "roleEmpty";
    public const string TextsUnknownLanguage = "textsUnknownLanguage";
    public const string TextsUnknownKey = "textsUnknownKey";
    public const string TextsEmpty = "textsEmpty";
    public const string TextsMissing = "textsMissing";
    public const string DueScriptAnyDay = "dueScriptAnyDay";
    public const string DueCalendarDays = "dueCalendarDays";
    public const string SwitchCaseNeedsOutcome = "switchCaseNeedsOutcome";
    public const string SwitchCaseNeedsCondition = "switchCaseNeedsCondition";
}
