namespace Astra.Workflows.Modules.Tasks.Activities;

/// <summary>Codes of the problems a task activity reports about its declaration (see <c>ValidationProblem.Code</c>).</summary>
public static class TaskValidationCodes
{
    public const string NeedsRole = "taskNeedsRole";
    public const string FieldNotObject = "formFieldNotObject";
    public const string FieldUnknownKey = "formFieldUnknownKey";
    public const string FieldNeedsName = "formFieldNeedsName";
    public const string FieldNameTwice = "formFieldNameTwice";
    public const string FieldType = "formFieldType";
    public const string ChoiceNeedsOptions = "formChoiceNeedsOptions";
    public const string FileKind = "formFileKind";
    public const string KindOnlyOnFile = "formKindOnlyOnFile";
    public const string EscalationNeedsAfter = "escalationNeedsAfter";
    public const string EscalationUnknownKey = "escalationUnknownKey";
    public const string EscalationAfterInvalid = "escalationAfterInvalid";
    public const string EscalationDoesNothing = "escalationDoesNothing";
}
