namespace Astra.Workflows.Modules.Definitions.Storage;

/// <summary>Values of <see cref="DefinitionVersionEntity.Source"/>: the import only ever replaces what it wrote itself.</summary>
public static class DefinitionSources
{
    public const string FilePrefix = "file:";
    public const string UserPrefix = "user:";

    public static string File(string fileName) => FilePrefix + fileName;

    public static string User(string userId) => UserPrefix + userId;

    public static bool IsFile(string source) => source.StartsWith(FilePrefix, StringComparison.Ordinal);
}
