// Thin re-export: the sidebar's sentences live in src/messages/vi.ts (section `sidebar`, English twin in en.ts). Add
// new ones THERE, in a block with a comment naming your feature. The sidebar speaks Vietnamese.

export { addon as ADDON, label as LABEL, sidebar as TEXT, template as TEMPLATE } from '../messages/vi';
