export const roleNames = ['Admin', 'Coordinator', 'CaseManager', 'Lawyer', 'Director'] as const;
