/**
 * What went wrong, from anything thrown: in words (an Error's message, or the thrown value itself),
 * and as a system error code where there is one ("ENOSPC").
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The code a system error carries (Node's "ENOSPC", "EACCES"); undefined for any other error. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
