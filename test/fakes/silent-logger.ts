import { LogLevel, type Logger } from '@slack/bolt';

/** A Bolt logger that keeps lines in memory (tests assert on them) instead of printing. */
export function createMemoryLogger(): Logger & { lines: { level: string; text: string }[] } {
  const lines: { level: string; text: string }[] = [];
  let level = LogLevel.DEBUG;
  const log = (lvl: string) => (...msg: unknown[]) => {
    lines.push({ level: lvl, text: msg.map(String).join(' ') });
  };
  return {
    lines,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
