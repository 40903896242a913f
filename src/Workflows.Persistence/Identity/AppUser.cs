using Microsoft.AspNetCore.Identity;

namespace Astra.Workflows.Persistence.Identity;

public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
}
