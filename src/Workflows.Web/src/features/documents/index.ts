// The documents feature's public face: the section src/app hands to the case page (lib/caseSections).
export { DocumentsSection } from './DocumentsSection';
