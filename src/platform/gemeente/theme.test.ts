import { describe, expect, it } from 'vitest';
import { LINDEWAARD_THEMA, themeCss } from './theme.js';

describe('themeCss', () => {
  it("writes a gemeente's tokens as custom properties", () => {
    expect(themeCss({ tokens: { 'redzaam-brand-color': '#0b5e3c' } })).toBe(
      '.redzaam-theme {\n  --redzaam-brand-color: #0b5e3c;\n}\n',
    );
    expect(themeCss(LINDEWAARD_THEMA).match(/--/g)?.length).toBe(
      Object.keys(LINDEWAARD_THEMA.tokens ?? {}).length,
    );
  });

  it('drops tokens that could break out of the rule or load from elsewhere', () => {
    const css = themeCss({
      tokens: {
        'ok-color': 'rgb(0, 0, 0)',
        'evil-1': 'red; } body { display: none',
        'evil-2': 'url(https://tracker.example/x.png)',
        'evil-3': 'red</style><script>',
        'Evil Name': 'red',
        'evil-4': '\\0075rl(x)',
      },
    });
    expect(css).toBe('.redzaam-theme {\n  --ok-color: rgb(0, 0, 0);\n}\n');
  });
});
