using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Workflows.Engine.Tests")]
