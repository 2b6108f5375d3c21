/**
 * The monitor's bar chart: one bar per answer with its share. Decorative — hidden from
 * assistive technology, because the table next to it says the same.
 */
export function Staaf({
  rijen,
  labelBreedte = 110,
}: {
  rijen: { sleutel: string; label: string; pct: number | null }[];
  labelBreedte?: number;
}) {
  const hoogte = 26;
  const schaal = 300 - labelBreedte - 30;
  return (
    <svg
      class="redzaam-monitor-staaf"
      viewBox={`0 0 300 ${hoogte * rijen.length}`}
      width="100%"
      style="max-width:30rem"
      aria-hidden="true"
      focusable="false"
    >
      {rijen.map((r, i) => {
        const breedte = r.pct === null ? 0 : (r.pct / 100) * schaal;
        const y = i * hoogte;
        return (
          <g key={r.sleutel}>
            <text x="0" y={y + 17} font-size="13" fill="currentColor">
              {r.label}
            </text>
            <rect x={labelBreedte} y={y + 4} width={breedte} height="16" fill="currentColor" />
            <text x={labelBreedte + 6 + breedte} y={y + 17} font-size="13" fill="currentColor">
              {r.pct === null ? '–' : `${r.pct}%`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
