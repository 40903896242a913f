export const roleNames = ['Admin', 'Coordinator', 'CaseManager', 'Lawyer', 'Director', 'HotlineOperator'] as const;
