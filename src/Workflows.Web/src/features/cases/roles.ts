import { hasRole, type Me } from '../../auth/types';

// What the menu offers; the API decides. These mirror the roles each endpoint requires.
export const mayCreateCase = (me: Me) => hasRole(me, 'Admin', 'Coordinator', 'CaseManager');
export const mayEditTeam = (me: Me) => hasRole(me, 'Coordinator', 'Admin');
/** GET /api/admin/users is for admins only: other coordinators can remove members but have nobody to pick from. */
export const mayListUsers = (me: Me) => hasRole(me, 'Admin');
export const mayRevealClient = (me: Me) => hasRole(me, 'Admin', 'Coordinator', 'CaseManager');
