namespace Astra.Workflows.Modules.Cases.Teams;

public sealed record TeamMemberDto(Guid UserId);

public sealed record TeamMemberView(Guid UserId, string DisplayName, DateTimeOffset AddedAt);

public sealed record TeamRequest(IReadOnlyList<TeamMemberDto>? Members);

public sealed record TeamResponse(Guid CaseId, IReadOnlyList<TeamMemberView> Members);
