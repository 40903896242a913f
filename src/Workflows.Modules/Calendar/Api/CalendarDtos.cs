namespace Astra.Workflows.Modules.Calendar.Api;

public sealed record AddWorkingDaysResponse(string Date);

public sealed record HolidayDto(string Date, string Name, bool IsReligious, string? MovedFrom);

public sealed record ClosureDto(string Date, string Reason);

public sealed record HolidaysResponse(int Year, IReadOnlyList<HolidayDto> Holidays, IReadOnlyList<ClosureDto> Closures);

public sealed record CreateClosureRequest(string? Date, string? Reason);
