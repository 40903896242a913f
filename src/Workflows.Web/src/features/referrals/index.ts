// The referrals feature's public face: its routes, and the sections src/app hands to the case page (lib/caseSections).
export { referralsRoutes } from './routes';
export { ReferralsSection } from './ReferralsSection';
export { ServicesSection } from './ServicesSection';
