import pc from 'picocolors';

type Colors = ReturnType<typeof pc.createColors>;

/** How the terminal edge lays text out: a wrap width (null: do not wrap) and colours (off: plain text). */
export interface TerminalStyle {
  width: number | null;
  colors: Colors;
}

/** Long lines are harder to read than short ones: wrap at the terminal's width, but not wider than this. */
const MAX_WIDTH = 100;

interface OutputLike {
  isTTY?: boolean;
  columns?: number;
}

/**
 * Colour and wrapping only on an interactive terminal: piped output (files, other programs, CI) stays plain
 * and unwrapped. NO_COLOR (no-color.org) turns colour off, FORCE_COLOR on; TERM=dumb means no colour.
 */
export function terminalStyle(output: OutputLike, env: Record<string, string | undefined>): TerminalStyle {
  const tty = output.isTTY === true;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const color = env.NO_COLOR ? false : forced || (tty && env.TERM !== 'dumb');
  const width = tty ? Math.max(40, Math.min(output.columns ?? 80, MAX_WIDTH)) : null;
  return { width, colors: pc.createColors(color) };
}

export const PLAIN: TerminalStyle = { width: null, colors: pc.createColors(false) };
