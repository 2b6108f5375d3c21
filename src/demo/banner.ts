import type { Logger } from 'pino';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed.js';

/**
 * The start banner of a demo install, as one JSON log line like every other line (the
 * accounts and their password are fictional and printed in the README anyway).
 */
export function logDemoAccounts(logger: Pick<Logger, 'info'>, port: number): void {
  logger.info(
    {
      url: `http://localhost:${port}`,
      demo: {
        gemeente: 'Lindewaard',
        wachtwoord: DEMO_PASSWORD,
        accounts: DEMO_ACCOUNTS.map((account) => ({ rol: account.rol, login: account.email })),
      },
    },
    `Redzaam draait op http://localhost:${port} (demogemeente Lindewaard, alles is verzonnen). Demo-accounts: zie "demo".`,
  );
}
