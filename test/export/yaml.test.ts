import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quoteString, renderYaml, type YamlMap } from '../../src/export/yaml.js';

/** Small seeded generator so a failing case can be reproduced. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY = [
  '', ' ', 'yes', 'Yes', 'NO', 'no', 'on', 'OFF', 'y', 'n', 'true', 'False', 'null', 'Null', '~',
  '0123', '0', '-1', '+1', '1e3', '1E-3', '.5', '1_000', '0x1F', '0o17', '0b101', '.inf', '-.Inf', '.NaN',
  '12:30', '190:20:30.15', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '*', '*.example.com.', '&a', '!tag',
  '@foo', ':', 'a:', 'a: b', 'a:b', '#', 'a #b', 'a#b', '- a', '-', '--- x', '---', '...', '? a', '|', '>',
  '%YAML', '`x`', '[a]', '{a: 1}', ',', ' lead', 'trail ', '=', '<<', '"', "'", '"v=spf1 include:_spf.example.com ~all"',
  '"a\\"b" "c\\\\d"', 'back\\slash', 'tab\there', 'line\nbreak', 'cr\rhere', '\u0085nel', 'ls\u2028', '\ufeffbom',
  '\u0000nul', '\u007fdel', '\u009fc1', 'é日本🎉', '\ud800lone', 'lone\udfff', '192.0.2.1', '2001:db8::1', '2001:0:0:1', '.', 'e5', '+.', '._', '<<',
  '10 mx.example.com.', 'ns-1.awsdns-00.com.', '/health', 'v=DKIM1; k=rsa; p=MIGf', 'x'.repeat(600),
];

const POOL = [
  ...'abcXYZ019 _-.:/#&*!|>%@`,[]{}?~=+\'"\\<',
  '\t', '\n', '\r', '\u0000', '\u0007', '\u007f', '\u0085', '\u00a0', '\u2028', '\ufeff', 'é', '日', '🎉', '\ud800',
];

/** Characters of numbers, booleans and timestamps, to probe what plain scalars may hold. */
const NUMBERISH = [...'0123456789eE.xXoObB_+-:tTyYnN ', 'yes', 'no', 'on', 'off', 'null', '.inf', '.nan'];

function randomString(next: () => number, pool: readonly string[] = POOL): string {
  const length = Math.floor(next() * 12);
  let s = '';
  for (let i = 0; i < length; i++) s += pool[Math.floor(next() * pool.length)];
  return s;
}

function readBack(text: string, version: '1.1' | '1.2'): unknown {
  return parse(text, { version, uniqueKeys: true });
}

describe('quoteString', () => {
  it('leaves readable DNS-ish strings plain', () => {
    for (const s of ['example.com.', 'ns-1.awsdns-00.com.', '192.0.2.1', '/health', 'us-east-1', 'Z0123ABC', 'Managed by ops']) {
      expect(quoteString(s)).toBe(s);
    }
  });

  it('quotes strings YAML would read as something else', () => {
    for (const s of ['yes', 'NO', 'on', 'null', '~', '0123', '1e3', '12:30', '*', '@foo', ':', '#', '', '.5', '2001-12-14']) {
      expect(quoteString(s)).not.toBe(s);
    }
  });

  it('writes TXT values single-quoted, keeping quotes and backslashes literally', () => {
    expect(quoteString('"v=spf1 ~all"')).toBe(`'"v=spf1 ~all"'`);
    expect(quoteString(`"it's" "a\\"b"`)).toBe(`'"it''s" "a\\"b"'`);
  });

  it('escapes line breaks and control characters in double quotes', () => {
    expect(quoteString('a\nb')).toBe('"a\\nb"');
    expect(quoteString('a\u0000\u007f')).toBe('"a\\0\\x7F"');
  });
});

describe('renderYaml', () => {
  it('round-trips every tricky string as a value, a key and a list item under YAML 1.1 and 1.2', () => {
    for (const s of TRICKY) {
      const text = renderYaml({ value: s, map: new Map([[s, s]]), list: [s] });
      for (const version of ['1.1', '1.2'] as const) {
        expect(readBack(text, version), `${JSON.stringify(s)} (YAML ${version})\n${text}`).toEqual({
          value: s,
          map: { [s]: s },
          list: [s],
        });
      }
    }
  });

  it('round-trips random strings (property check, 2000 cases)', () => {
    const next = random(Number(process.env.YAML_PROPERTY_SEED ?? 20260101));
    for (let i = 0; i < 2000; i++) {
      const s = randomString(next, i % 2 === 0 ? POOL : NUMBERISH);
      const text = renderYaml({ k: s, m: new Map([[s, [s]]]) });
      for (const version of ['1.1', '1.2'] as const) {
        expect(readBack(text, version), `${JSON.stringify(s)} (YAML ${version})`).toEqual({ k: s, m: { [s]: [s] } });
      }
    }
  });

  it('writes nested maps and lists in block style with keys in the given order', () => {
    const doc: YamlMap = {
      zone: { name: 'example.com.', private: false, ttl: 300, bias: -20, threshold: 1.5, nothing: null },
      records: [
        { name: 'a.example.com.', type: 'A', values: ['192.0.2.1', '192.0.2.2'] },
        { name: 'b.example.com.', type: 'TXT', values: ['"x"'] },
      ],
      empty: [],
      none: {},
      nested: [['a', 'b'], []],
      skipped: undefined,
    };
    const text = renderYaml(doc, { header: ['made by a test'] });
    expect(text).toBe(
      [
        '# made by a test',
        'zone:',
        '  name: example.com.',
        '  private: false',
        '  ttl: 300',
        '  bias: -20',
        '  threshold: 1.5',
        '  nothing: null',
        'records:',
        '  - name: a.example.com.',
        '    type: A',
        '    values:',
        '      - 192.0.2.1',
        '      - 192.0.2.2',
        '  - name: b.example.com.',
        '    type: TXT',
        '    values:',
        `      - '"x"'`,
        'empty: []',
        'none: {}',
        'nested:',
        '  -',
        '    - a',
        '    - b',
        '  - []',
        '',
      ].join('\n'),
    );
    const { skipped: _skipped, ...expected } = doc as Record<string, unknown>;
    expect(parse(text)).toEqual(expected);
  });

  it('keeps Map key order (no alphabetical or numeric reordering)', () => {
    const text = renderYaml({ tags: new Map([['b', '1'], ['10', 'x'], ['9', 'y'], ['a', '2']]) });
    expect(text).toBe("tags:\n  b: '1'\n  '10': x\n  '9': 'y'\n  a: '2'\n");
  });

  it('never folds long lines', () => {
    const long = `"${'a'.repeat(255)}" "${'b b '.repeat(100)}"`;
    const text = renderYaml({ values: [long] });
    expect(text.split('\n')).toHaveLength(3);
    expect(parse(text)).toEqual({ values: [long] });
  });

  it('is deterministic: the same value renders byte-identically', () => {
    const next = random(7);
    const build = (seed: () => number) => {
      const items = Array.from({ length: 50 }, () => ({ s: randomString(seed), n: Math.floor(seed() * 1000) }));
      return { items };
    };
    const a = build(random(99));
    const b = build(random(99));
    expect(renderYaml(a)).toBe(renderYaml(b));
    expect(next()).not.toBe(next()); // the generator really is random
  });

  it('rejects values it cannot write faithfully', () => {
    expect(() => renderYaml({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => renderYaml({ list: [undefined] })).toThrow(/undefined/);
    expect(() => renderYaml({}, { header: ['two\nlines'] })).toThrow(/line break/);
  });
});
