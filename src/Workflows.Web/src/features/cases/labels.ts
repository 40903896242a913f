/** "record-contact" / "mainTrial" / "user_task" → "Record contact" / "Main trial" / "User task": readable ids for names the server keeps as keys. */
export function humanize(key: string | null | undefined): string {
  if (!key) return '';
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
