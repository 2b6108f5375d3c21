import { describe, expect, it } from 'vitest';
import { leesInlogdiensten } from './config-inlogdiensten.js';

const basis = {
  OIDC_DEN_HAAG_ISSUER: 'https://login.den-haag.example',
  OIDC_DEN_HAAG_CLIENT_ID: 'redzaam',
  OIDC_DEN_HAAG_CLIENT_SECRET: 's',
  OIDC_DEN_HAAG_ROLLEN: 'inwoner, naaste',
};

describe('identity brokers from the environment', () => {
  it('reads one broker per gemeente, keyed by its code, with defaults', () => {
    const { inlogdiensten, fouten } = leesInlogdiensten(
      { ...basis, WACHTWOORD_UIT_DEN_HAAG: 'inwoner' },
      true,
    );
    expect(fouten).toEqual([]);
    expect(inlogdiensten.diensten.get('DEN_HAAG')).toMatchObject({
      gemeenteCode: 'den-haag',
      rollen: ['inwoner', 'naaste'],
      koppelen: 'email',
      mfaAmr: [],
    });
    expect(inlogdiensten.wachtwoordUit.get('DEN_HAAG')).toEqual(['inwoner']);
  });

  it('names every problem: http outside localhost, missing client, unknown roles, locked-out roles', () => {
    const { fouten } = leesInlogdiensten(
      {
        OIDC_X_ISSUER: 'http://login.example',
        OIDC_X_ROLLEN: 'inwoner,baas',
        OIDC_X_KOPPELEN: 'naam',
        WACHTWOORD_UIT_X: 'professional',
      },
      false,
    );
    expect(fouten.join('\n')).toMatch(/OIDC_X_ISSUER: must be https/);
    expect(fouten.join('\n')).toMatch(/OIDC_X_CLIENT_ID: required/);
    expect(fouten.join('\n')).toMatch(/OIDC_X_CLIENT_SECRET: required/);
    expect(fouten.join('\n')).toMatch(/unknown role\(s\) baas/);
    expect(fouten.join('\n')).toMatch(/OIDC_X_KOPPELEN: email or sub/);
    expect(fouten.join('\n')).toMatch(/WACHTWOORD_UIT_X: professional would have no way to log in/);
  });

  it('allows http for localhost outside production only', () => {
    const lokaal = { ...basis, OIDC_DEN_HAAG_ISSUER: 'http://127.0.0.1:4000' };
    expect(leesInlogdiensten(lokaal, false).fouten).toEqual([]);
    expect(leesInlogdiensten(lokaal, true).fouten).toHaveLength(1);
  });
});
