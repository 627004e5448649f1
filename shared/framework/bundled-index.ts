/**
 * The list of bundled frameworks the browser build serves (frameworks/index.json): a file name, or, for
 * a file the build validated, its name and the SHA-256 of the text the build wrote (the framework as the
 * schema reads it). The browser reads a file whose text still has that digest without validating it
 * again at every start; any other file (changed since, or listed by name only) is validated in full.
 */
import { z } from 'zod';

const fileName = z.string().regex(/^[\w.-]+\.json$/);

export const bundledIndexSchema = z.array(z.union([fileName, z.object({ file: fileName, sha256: z.string().regex(/^[0-9a-f]{64}$/) })]));

export type BundledIndex = z.infer<typeof bundledIndexSchema>;

/** The SHA-256 of a text's UTF-8 bytes, in hex: Web Crypto, the same in the browser and at build time. */
export async function textDigest(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
