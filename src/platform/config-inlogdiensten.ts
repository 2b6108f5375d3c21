import { ROLLEN, type Rol } from './db/schema.js';

/**
 * Identity brokers (OpenID Connect) per gemeente, and the roles whose local passwords are
 * switched off, read from the environment (docs/configuration.md, docs/decisions/021). Keyed by
 * the gemeente's code, upper-cased with `-` as `_` (gemeente `den-haag` → `OIDC_DEN_HAAG_…`):
 *
 * - `OIDC_<CODE>_ISSUER`: the issuer URL (discovery at `/.well-known/openid-configuration`)
 * - `OIDC_<CODE>_CLIENT_ID`, `OIDC_<CODE>_CLIENT_SECRET`: the client registered at the broker
 * - `OIDC_<CODE>_NAAM`: the name on the button ("Inloggen met …")
 * - `OIDC_<CODE>_ROLLEN`: which roles may log in through it (comma-separated)
 * - `OIDC_<CODE>_KOPPELEN`: `email` (a verified e-mail address, the default) or `sub` (the
 *   broker's subject, stored on the account at its first login by verified e-mail)
 * - `OIDC_<CODE>_MFA_AMR`: `amr` values that count as a second factor (comma-separated; empty:
 *   the broker's login never replaces Redzaam's own second factor)
 * - `WACHTWOORD_UIT_<CODE>`: roles that may not log in with a local password (comma-separated)
 */
export type Inlogdienst = {
  gemeenteCode: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  naam: string;
  rollen: Rol[];
  koppelen: 'email' | 'sub';
  mfaAmr: string[];
};

export type Inlogdiensten = { diensten: Map<string, Inlogdienst>; wachtwoordUit: Map<string, Rol[]> };

const CODE = /^OIDC_([A-Z0-9_]+)_ISSUER$/;

export function omgevingsCode(gemeenteCode: string): string {
  return gemeenteCode.toUpperCase().replace(/-/g, '_');
}

function lijst(waarde: string | undefined): string[] {
  return (waarde ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function rollen(naam: string, waarde: string | undefined, fouten: string[]): Rol[] {
  const gelezen = lijst(waarde);
  const onbekend = gelezen.filter((r) => !(ROLLEN as readonly string[]).includes(r));
  if (onbekend.length > 0)
    fouten.push(`  ${naam}: unknown role(s) ${onbekend.join(', ')} (one of ${ROLLEN.join(', ')})`);
  return gelezen.filter((r): r is Rol => (ROLLEN as readonly string[]).includes(r));
}

/** Reads every broker and password switch; returns the problems as lines for ConfigError. */
export function leesInlogdiensten(
  env: Record<string, string | undefined>,
  production: boolean,
): { inlogdiensten: Inlogdiensten; fouten: string[] } {
  const fouten: string[] = [];
  const diensten = new Map<string, Inlogdienst>();
  for (const sleutel of Object.keys(env).sort()) {
    const match = CODE.exec(sleutel);
    if (!match) continue;
    const code = match[1] as string;
    const v = (deel: string) => env[`OIDC_${code}_${deel}`]?.trim() || undefined;
    const issuer = v('ISSUER') as string;
    let url: URL | undefined;
    try {
      url = new URL(issuer);
    } catch {
      fouten.push(`  OIDC_${code}_ISSUER: not a URL`);
    }
    const lokaal = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url && url.protocol !== 'https:' && (production || !lokaal))
      fouten.push(`  OIDC_${code}_ISSUER: must be https (http only for localhost outside production)`);
    const clientId = v('CLIENT_ID');
    const clientSecret = v('CLIENT_SECRET');
    if (!clientId) fouten.push(`  OIDC_${code}_CLIENT_ID: required with OIDC_${code}_ISSUER`);
    if (!clientSecret) fouten.push(`  OIDC_${code}_CLIENT_SECRET: required with OIDC_${code}_ISSUER`);
    const koppelen = v('KOPPELEN') ?? 'email';
    if (koppelen !== 'email' && koppelen !== 'sub') fouten.push(`  OIDC_${code}_KOPPELEN: email or sub`);
    const dienstRollen = rollen(`OIDC_${code}_ROLLEN`, v('ROLLEN'), fouten);
    if (dienstRollen.length === 0) fouten.push(`  OIDC_${code}_ROLLEN: name at least one role`);
    diensten.set(code, {
      gemeenteCode: code.toLowerCase().replace(/_/g, '-'),
      issuer,
      clientId: clientId ?? '',
      clientSecret: clientSecret ?? '',
      naam: v('NAAM') ?? 'de inlogdienst van de gemeente',
      rollen: dienstRollen,
      koppelen: koppelen === 'sub' ? 'sub' : 'email',
      mfaAmr: lijst(v('MFA_AMR')),
    });
  }
  const wachtwoordUit = new Map<string, Rol[]>();
  for (const sleutel of Object.keys(env).sort()) {
    const match = /^WACHTWOORD_UIT_([A-Z0-9_]+)$/.exec(sleutel);
    if (!match) continue;
    const code = match[1] as string;
    const uit = rollen(sleutel, env[sleutel], fouten);
    const dienst = diensten.get(code);
    const zonderWeg = uit.filter((r) => !dienst?.rollen.includes(r));
    if (zonderWeg.length > 0)
      fouten.push(
        `  ${sleutel}: ${zonderWeg.join(', ')} would have no way to log in (add them to OIDC_${code}_ROLLEN)`,
      );
    wachtwoordUit.set(code, uit);
  }
  return { inlogdiensten: { diensten, wachtwoordUit }, fouten };
}
