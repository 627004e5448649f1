/**
 * The passphrase lock: turning it on or off, and unlocking at start. What other features and the app frame may use of this feature; the rest is its own.
 */
export { LockNotice } from './lock-notice';
export { PassphraseLock } from './passphrase-lock';
export { UnlockScreen } from './unlock-screen';
