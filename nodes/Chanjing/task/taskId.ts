/** A task ID as Chanjing issues them (UUIDs, `C-Audio-…`): a non-empty string of ID characters. */
export function isTaskId(value: unknown): value is string {
	return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/.test(value.trim());
}
