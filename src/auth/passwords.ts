import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's argon2id minimum (m=19 MiB, t=2, p=1), as ASVS 6.2 and our security.md ask.
 * `algorithm: 2` is Argon2id (the library's const enum cannot be imported under isolatedModules).
 */
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

// A real hash to verify against when there is no account, so an unknown e-mail address
// costs the same time as a wrong password and the answer cannot tell them apart.
const dummyHash = hashPassword('redzaam-no-such-account');

/** Checks a password; with no stored hash it still does the full work and returns false. */
export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!storedHash) {
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
