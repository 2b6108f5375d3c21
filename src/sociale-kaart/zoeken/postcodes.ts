import type { PostcodeRij } from './queries.js';

export type PostcodeCsv = { rijen: PostcodeRij[]; problemen: { regel: number; tekst: string }[] };

const KOLOMMEN = {
  postcode: ['postcode', 'pc6', 'pc4', 'postal_code'],
  latitude: ['latitude', 'lat', 'breedtegraad'],
  longitude: ['longitude', 'lon', 'lng', 'lengtegraad'],
};

/**
 * Reads a CSV of postcode centroids: a header with a postcode column (postcode, pc6, pc4) and
 * WGS84 coordinates (latitude/lat, longitude/lon/lng), separated by commas or semicolons (with
 * semicolons a decimal comma is fine). Postcodes are PC4 ("1234") or PC6 ("1234AB", spaces
 * ignored). Bad lines are reported by line number and skipped. Pure: no I/O.
 */
export function leesPostcodeCsv(text: string): PostcodeCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const names = header.split(separator).map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
  const index = (options: string[]) => names.findIndex((name) => options.includes(name));
  const kolom = {
    postcode: index(KOLOMMEN.postcode),
    lat: index(KOLOMMEN.latitude),
    lon: index(KOLOMMEN.longitude),
  };
  const problemen: PostcodeCsv['problemen'] = [];
  if (kolom.postcode < 0 || kolom.lat < 0 || kolom.lon < 0) {
    problemen.push({ regel: 1, tekst: 'header needs the columns postcode, latitude and longitude' });
    return { rijen: [], problemen };
  }
  const rijen = new Map<string, PostcodeRij>();
  const getal = (value: string | undefined) =>
    Number(
      (value ?? '')
        .trim()
        .replace(/^"|"$/g, '')
        .replace(separator === ';' ? ',' : /$^/, '.'),
    );
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = line.split(separator);
    const postcode = (cells[kolom.postcode] ?? '').replace(/[\s"]/g, '').toUpperCase();
    const latitude = getal(cells[kolom.lat]);
    const longitude = getal(cells[kolom.lon]);
    if (!/^\d{4}([A-Z]{2})?$/.test(postcode))
      problemen.push({ regel: i + 2, tekst: `not a postcode: "${postcode}"` });
    else if (
      !Number.isFinite(latitude) ||
      Math.abs(latitude) > 90 ||
      !Number.isFinite(longitude) ||
      Math.abs(longitude) > 180
    )
      problemen.push({ regel: i + 2, tekst: 'latitude/longitude are not WGS84 degrees' });
    else rijen.set(postcode, { postcode, latitude, longitude });
  });
  return { rijen: [...rijen.values()], problemen };
}
