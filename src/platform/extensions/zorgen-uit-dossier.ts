/**
 * Extension point: the parts of life (levensgebied codes) where, by the resident's own latest
 * view, it is not going well — read from her levensgebieden, shown on another section's page
 * (her Samen page turns them into tips for her request). Personal data, like `HulpUitDossier`:
 * a source is called inside the door with its access object `A` (regie's `Toegang`), and only
 * for the record's owner; anyone else gets nothing. app.tsx wires the sources.
 */

export type DossierZorgBron<A> = {
  /** Stable id of the source, e.g. "levensgebieden" */
  code: string;
  /** The codes where she says it is not going well; called only for the record's owner */
  lees(toegang: A): Promise<string[]>;
};

export class ZorgenUitDossier<A> {
  private readonly bronnen: DossierZorgBron<A>[] = [];

  registreer(bron: DossierZorgBron<A>): void {
    if (this.bronnen.some((b) => b.code === bron.code)) throw new Error(`dossierzorg ${bron.code} twice`);
    this.bronnen.push(bron);
  }

  /** Every source's codes, merged, each once, in the order first named. */
  async voor(toegang: A): Promise<string[]> {
    const uit: string[] = [];
    for (const bron of this.bronnen)
      for (const code of await bron.lees(toegang)) if (!uit.includes(code)) uit.push(code);
    return uit;
  }
}
