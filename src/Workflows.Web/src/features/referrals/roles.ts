import { hasRole, type Me } from '../../auth/types';

// What the pages offer; the API decides. These mirror the roles each endpoint requires.
export const mayEditPartners = (me: Me) => hasRole(me, 'Coordinator', 'Admin');
export const mayEditCatalogue = (me: Me) => hasRole(me, 'Admin');
export const mayRefer = (me: Me) => hasRole(me, 'Admin', 'Coordinator', 'CaseManager');
