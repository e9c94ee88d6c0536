import path from 'node:path';

/**
 * A build failure as one Turkish line for admins and stderr: the reason without a stack, a build folder or an
 * absolute server path (only the last name of a missing file or folder).
 */
export function describeBuildFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code === 'ENOSPC') return 'disk dolu (ENOSPC); yarım kalan dizin silindi, yer açıp yeniden deneyin.';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return `dizin klasörüne yazma izni yok${e.path ? ` (${path.basename(e.path)})` : ''}.`;
  if (e?.code === 'ENOENT') return `klasör veya dosya bulunamadı${e.path ? `: ${path.basename(e.path)}` : ''} (CORPUS_DIR doğru mu?).`;
  return e?.message ?? String(error);
}
