/**
 * Extension point: who in the resident's own record helps with a levensgebied — the people on
 * her netwerkkaart, say — shown on another section's page (the levensgebieden overview). Unlike
 * `HulpBron` (public data, asked after the door) this is personal data: a source is called
 * inside the door with its access object `A` (regie's `Toegang`), and only for the record's
 * owner, who may read every section of her own record. app.tsx wires the sources.
 */

/** Per levensgebied code: the names (as the owner knows them) of whoever helps there. */
export type HulpPerGebied = Record<string, string[]>;

export type DossierHulpBron<A> = {
  /** Stable id of the source, e.g. "netwerk" */
  code: string;
  /** The helpers per levensgebied among `codes`; called only for the record's owner */
  lees(toegang: A, codes: readonly string[]): Promise<HulpPerGebied>;
};

export class HulpUitDossier<A> {
  private readonly bronnen: DossierHulpBron<A>[] = [];

  registreer(bron: DossierHulpBron<A>): void {
    if (this.bronnen.some((b) => b.code === bron.code)) throw new Error(`dossierhulp ${bron.code} twice`);
    this.bronnen.push(bron);
  }

  /** Every source's helpers per levensgebied, merged; codes nobody helps with are left out. */
  async voor(toegang: A, codes: readonly string[]): Promise<HulpPerGebied> {
    const samen: HulpPerGebied = {};
    for (const bron of this.bronnen)
      for (const [code, namen] of Object.entries(await bron.lees(toegang, codes)))
        if (namen.length > 0) samen[code] = [...(samen[code] ?? []), ...namen];
    return samen;
  }
}
