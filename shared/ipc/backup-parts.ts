/**
 * Backups reach the main process in parts ('backups:append' and 'files:save-append' in contract.ts),
 * each at most this large, so no one message holds a whole backup. A file of its own: the renderer needs the
 * size at its start, the contract's schemas only when it talks to the main process.
 */
export const backupPartBytes = 4 * 1024 * 1024;
