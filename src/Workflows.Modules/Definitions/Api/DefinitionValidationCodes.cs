namespace Astra.Workflows.Modules.Definitions.Api;

/// <summary>Codes of the problems only the host finds in a definition (see <c>ValidationProblem.Code</c>).</summary>
internal static class DefinitionValidationCodes
{
    public const string SystemEvent = "systemEventDeclared";
    public const string UnknownRole = "unknownRole";
    public const string IdTooLong = "definitionIdTooLong";
    public const string IdNotSafe = "definitionIdNotSafe";
    public const string NameRequired = "nameRequired";
    public const string NameTooLong = "nameTooLong";
}
