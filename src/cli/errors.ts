/**
 * Error messages for people.
 */

/** The message of an error, or the thing thrown as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A system error's message without its path (`EACCES: permission denied, open 'x'` → `permission denied (EACCES)`). */
export function systemMessage(error: unknown): string {
  const message = messageOf(error)
  const code = (error as {code?: unknown}).code
  const bare = message.replace(/^[A-Z]+:\s*/, '').replace(/,\s*\w+\s+'.*'$/, '')
  return typeof code === 'string' && !bare.includes(code) ? `${bare} (${code})` : bare
}
