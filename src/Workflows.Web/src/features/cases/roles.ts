import { hasRole, type Me } from '../../auth/types';

// What the menu offers; the API decides. These mirror the roles each endpoint requires.
export const mayCreateCase = (me: Me) => hasRole(me, 'Admin', 'Coordinator', 'CaseManager');
export const mayEditTeam = (me: Me) => hasRole(me, 'Coordinator', 'Admin');
export const mayRevealClient = (me: Me) => hasRole(me, 'Admin', 'Coordinator', 'CaseManager');
