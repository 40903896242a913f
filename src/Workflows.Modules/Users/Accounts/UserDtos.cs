using System.ComponentModel.DataAnnotations;
namespace Astra.Workflows.Modules.Users.Accounts;

public sealed record UserView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool Disabled, bool TwoFactorEnabled);

public sealed record CreateUserRequest(string? Email, string? DisplayName, string? Password, IReadOnlyList<string>? Roles);

public sealed record SetRolesRequest([property: Required(ErrorMessage = "A roles list is required (it may be empty).")] IReadOnlyList<string>? Roles);
