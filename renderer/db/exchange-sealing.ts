/**
 * The exchange file's protection, with the workspace lock's own primitives (sealing.ts): a SHA-256
 * checksum of a plain file's content, or the content sealed with a passphrase — a key derived with
 * PBKDF2-SHA256 (600,000 iterations) and a fresh salt, AES-GCM with a fresh IV. AES-GCM authenticates,
 * so a changed sealed file fails to open instead of reading as something else.
 */
import { contentText, type ExchangeContent, type SealedPart } from '../../shared/exchange/exchange-file';
import { deriveKey, newSalt, pbkdf2Iterations, seal, unseal } from './sealing';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function checksumOf(text: string): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

export async function sealContent(content: ExchangeContent, passphrase: string, iterations = pbkdf2Iterations): Promise<SealedPart> {
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  // Sealed as the same text a plain file's checksum is taken of.
  const sealed = await seal(key, JSON.parse(contentText(content)));
  return {
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    cipher: 'AES-GCM',
    iv: toBase64(sealed.iv),
    data: toBase64(new Uint8Array(sealed.data)),
  };
}

/** The sealed content as text, or null when the passphrase is wrong or the file was changed. */
export async function openSealed(sealed: SealedPart, passphrase: string): Promise<string | null> {
  try {
    const key = await deriveKey(passphrase, fromBase64(sealed.salt), sealed.iterations);
    return contentText(await unseal(key, { iv: fromBase64(sealed.iv), data: fromBase64(sealed.data).buffer }));
  } catch {
    return null;
  }
}
