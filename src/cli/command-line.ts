import { parseArgs } from 'node:util';

/**
 * One description of a command's flags serves three purposes: parsing (node:util parseArgs), the Turkish
 * `--help` text, and the "did you mean" hint for a mistyped flag. Every npm script's entry point uses it.
 */
export interface FlagSpec {
  type: 'boolean' | 'string';
  short?: string;
  /** Placeholder shown in help for a string flag ("DOSYA", "TARİH"). */
  value?: string;
  default?: boolean | string;
  description: string;
}

export interface CommandSpec {
  /** How the user types it, e.g. "npm run ask --". */
  invocation: string;
  summary: string;
  /** Positional arguments in the usage line (e.g. '"soru"'); omitted means the command takes none. */
  positionals?: string;
  flags: Record<string, FlagSpec>;
  examples: Array<[command: string, explanation: string]>;
  /** Extra paragraphs after the flags (exit codes, files written). */
  notes?: string[];
}

/** Parsed values typed from the spec: a boolean flag gives boolean, a string flag string. */
export type FlagValues<F extends Record<string, FlagSpec>> = {
  [K in keyof F]: F[K]['type'] extends 'boolean' ? boolean | undefined : string | undefined;
} & { help?: boolean };

export type CommandLine<F extends Record<string, FlagSpec> = Record<string, FlagSpec>> =
  | { kind: 'run'; values: FlagValues<F>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'usage-error'; message: string };

const HELP_FLAG: FlagSpec = { type: 'boolean', short: 'h', description: 'bu yardımı gösterir' };

/** Damerau–Levenshtein (optimal string alignment): a swapped pair ("--jsnol") counts as one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The valid flag closest to a mistyped one, or null when none is near enough to be a plausible typo. */
export function closestFlag(typed: string, valid: string[]): string | null {
  const name = typed.replace(/^-+/, '').toLocaleLowerCase('tr-TR');
  let best: { flag: string; distance: number } | null = null;
  for (const flag of valid) {
    const distance = flag.startsWith(name) && name.length >= 2 ? 0.5 : editDistance(name, flag);
    if (best === null || distance < best.distance) best = { flag, distance };
  }
  // A third of the word may be wrong (at least one letter, at most three): "jsnl" → "jsonl", not "x" → "json".
  const allowed = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  return best !== null && best.distance <= allowed ? best.flag : null;
}

/** "Kullanım: npm run ask -- [seçenekler] "soru"" — shown in help and under every usage error. */
export function usageLine(spec: CommandSpec): string {
  const hasFlags = Object.keys(spec.flags).length > 0;
  const invocation = hasFlags || spec.positionals ? spec.invocation : spec.invocation.replace(/ --$/u, '');
  return `Kullanım: ${invocation}${hasFlags ? ' [seçenekler]' : ''}${spec.positionals ? ` ${spec.positionals}` : ''}`;
}

/** The lines under a usage error: the usage line and where the full help is. */
function seeHelpLines(spec: CommandSpec): string {
  return `${usageLine(spec)}\nYardım için: ${spec.invocation} --help`;
}

export function formatHelp(spec: CommandSpec): string {
  const flags = { ...spec.flags, help: HELP_FLAG };
  const label = (name: string, f: FlagSpec) => `${f.short ? `-${f.short}, ` : ''}--${name}${f.type === 'string' ? ` ${f.value ?? 'DEĞER'}` : ''}`;
  const width = Math.max(...Object.entries(flags).map(([n, f]) => label(n, f).length));
  const exampleWidth = Math.max(...spec.examples.map(([c]) => c.length));
  return [
    spec.summary,
    '',
    usageLine(spec),
    '',
    'Seçenekler:',
    ...Object.entries(flags).map(([n, f]) => `  ${label(n, f).padEnd(width)}  ${f.description}`),
    '',
    'Örnekler:',
    ...spec.examples.map(([c, e]) => `  ${c.padEnd(exampleWidth)}  ${e}`),
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
    '',
  ].join('\n');
}

/** Parses argv against the spec; a mistyped flag is reported with the nearest valid one. Pure (no I/O). */
export function readCommandLine<F extends Record<string, FlagSpec>>(spec: CommandSpec & { flags: F }, argv: string[]): CommandLine<F> {
  const flags = { ...spec.flags, help: HELP_FLAG };
  const names = Object.keys(flags);
  const shorts = new Map(Object.entries(flags).flatMap(([n, f]) => (f.short ? [[f.short, n] as const] : [])));
  const options = Object.fromEntries(
    Object.entries(flags).map(([n, f]) => [n, { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.default !== undefined ? { default: f.default } : {}) }]),
  ) as Parameters<typeof parseArgs>[0] extends infer P ? (P extends { options?: infer O } ? NonNullable<O> : never) : never;
  const seeHelp = seeHelpLines(spec);

  // A first, lenient pass finds unknown flags so the message can name the closest valid one.
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    // parseArgs reports a known short flag under its long name; an unknown one keeps its letter.
    if (names.includes(token.name)) continue;
    const suggestion = closestFlag(token.name, names);
    return {
      kind: 'usage-error',
      message: `Bilinmeyen seçenek ${token.rawName}.${suggestion ? ` Bunu mu demek istediniz: --${suggestion}?` : ''}\n${seeHelp}`,
    };
  }
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: formatHelp(spec) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: spec.positionals !== undefined });
    return { kind: 'run', values: values as FlagValues<F>, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const raw = (error as Error).message;
    const flag = /'(-{1,2}[^' ]+)/u.exec(raw)?.[1] ?? '';
    const name = flag.replace(/^-+/, '');
    const spec_ = flags[name] ?? flags[shorts.get(name) ?? ''];
    let message: string;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && spec_?.type === 'string') message = `${flag} bir değer ister: ${flag} ${spec_.value ?? 'DEĞER'}`;
    else if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') message = `${flag} değer almaz.`;
    else if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') message = `Beklenmeyen argüman: ${/'([^']*)'/u.exec(raw)?.[1] ?? raw}. Bu komut yalnızca seçenek alır.`;
    else message = `Geçersiz komut satırı: ${raw}`;
    return { kind: 'usage-error', message: `${message}\n${seeHelp}` };
  }
}

/** For entry points: prints help (exit 0) or a usage error (exit 2), else returns the parsed values. */
export function parseCommandLine<F extends Record<string, FlagSpec>>(
  spec: CommandSpec & { flags: F },
  argv: string[] = process.argv.slice(2),
): { values: FlagValues<F>; positionals: string[] } {
  const line = readCommandLine(spec, argv);
  if (line.kind === 'help') {
    process.stdout.write(line.text);
    process.exit(0);
  }
  if (line.kind === 'usage-error') exitWithUsage(spec, line.message);
  return line;
}

/** A usage problem found after parsing (a bad value, two flags that exclude each other): Turkish message, exit 2. */
export function exitWithUsage(spec: CommandSpec, message: string): never {
  const seeHelp = seeHelpLines(spec);
  process.stderr.write(`${message}${message.includes(seeHelp) ? '' : `\n${seeHelp}`}\n`);
  process.exit(2);
}
