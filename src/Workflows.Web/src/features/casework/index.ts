// The case-work feature's public face: its routes, and the consent section src/app hands to the case page (lib/caseSections).
export { caseworkRoutes } from './routes';
export { ConsentSection } from './ConsentSection';
